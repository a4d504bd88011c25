window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "9928224705313826234",
      "userLink" : "https://twitter.com/intent/user?user_id=9928224705313826234"
    }
  },
  {
    "following" : {
      "accountId" : "9832957086525682234",
      "userLink" : "https://twitter.com/intent/user?user_id=9832957086525682234"
    }
  },
  {
    "following" : {
      "accountId" : "9791428616965162373",
      "userLink" : "https://twitter.com/intent/user?user_id=9791428616965162373"
    }
  },
  {
    "following" : {
      "accountId" : "9596475716616098962",
      "userLink" : "https://twitter.com/intent/user?user_id=9596475716616098962"
    }
  },
  {
    "following" : {
      "accountId" : "9532627853429821295",
      "userLink" : "https://twitter.com/intent/user?user_id=9532627853429821295"
    }
  },
  {
    "following" : {
      "accountId" : "9395099565818433612",
      "userLink" : "https://twitter.com/intent/user?user_id=9395099565818433612"
    }
  },
  {
    "following" : {
      "accountId" : "8903175430544363889",
      "userLink" : "https://twitter.com/intent/user?user_id=8903175430544363889"
    }
  },
  {
    "following" : {
      "accountId" : "8858225131773124578",
      "userLink" : "https://twitter.com/intent/user?user_id=8858225131773124578"
    }
  },
  {
    "following" : {
      "accountId" : "8534243410572161562",
      "userLink" : "https://twitter.com/intent/user?user_id=8534243410572161562"
    }
  },
  {
    "following" : {
      "accountId" : "8420561561905244054",
      "userLink" : "https://twitter.com/intent/user?user_id=8420561561905244054"
    }
  },
  {
    "following" : {
      "accountId" : "8318402708797526063",
      "userLink" : "https://twitter.com/intent/user?user_id=8318402708797526063"
    }
  },
  {
    "following" : {
      "accountId" : "8253618775283220494",
      "userLink" : "https://twitter.com/intent/user?user_id=8253618775283220494"
    }
  },
  {
    "following" : {
      "accountId" : "8232380794825401371",
      "userLink" : "https://twitter.com/intent/user?user_id=8232380794825401371"
    }
  },
  {
    "following" : {
      "accountId" : "8195057541823939795",
      "userLink" : "https://twitter.com/intent/user?user_id=8195057541823939795"
    }
  },
  {
    "following" : {
      "accountId" : "8149542045259058513",
      "userLink" : "https://twitter.com/intent/user?user_id=8149542045259058513"
    }
  },
  {
    "following" : {
      "accountId" : "8131445909477319123",
      "userLink" : "https://twitter.com/intent/user?user_id=8131445909477319123"
    }
  },
  {
    "following" : {
      "accountId" : "8106266394486112305",
      "userLink" : "https://twitter.com/intent/user?user_id=8106266394486112305"
    }
  },
  {
    "following" : {
      "accountId" : "7893393624219974793",
      "userLink" : "https://twitter.com/intent/user?user_id=7893393624219974793"
    }
  },
  {
    "following" : {
      "accountId" : "7834739793538626575",
      "userLink" : "https://twitter.com/intent/user?user_id=7834739793538626575"
    }
  },
  {
    "following" : {
      "accountId" : "6824544969936122356",
      "userLink" : "https://twitter.com/intent/user?user_id=6824544969936122356"
    }
  },
  {
    "following" : {
      "accountId" : "6744686506495065797",
      "userLink" : "https://twitter.com/intent/user?user_id=6744686506495065797"
    }
  },
  {
    "following" : {
      "accountId" : "6127788176512166330",
      "userLink" : "https://twitter.com/intent/user?user_id=6127788176512166330"
    }
  },
  {
    "following" : {
      "accountId" : "6124567442419954738",
      "userLink" : "https://twitter.com/intent/user?user_id=6124567442419954738"
    }
  },
  {
    "following" : {
      "accountId" : "5992244902050850117",
      "userLink" : "https://twitter.com/intent/user?user_id=5992244902050850117"
    }
  },
  {
    "following" : {
      "accountId" : "5922338166047979034",
      "userLink" : "https://twitter.com/intent/user?user_id=5922338166047979034"
    }
  },
  {
    "following" : {
      "accountId" : "5842350572927432740",
      "userLink" : "https://twitter.com/intent/user?user_id=5842350572927432740"
    }
  },
  {
    "following" : {
      "accountId" : "5816420139387157640",
      "userLink" : "https://twitter.com/intent/user?user_id=5816420139387157640"
    }
  },
  {
    "following" : {
      "accountId" : "5633948345401267536",
      "userLink" : "https://twitter.com/intent/user?user_id=5633948345401267536"
    }
  },
  {
    "following" : {
      "accountId" : "5610091849276284329",
      "userLink" : "https://twitter.com/intent/user?user_id=5610091849276284329"
    }
  },
  {
    "following" : {
      "accountId" : "5451654557330918141",
      "userLink" : "https://twitter.com/intent/user?user_id=5451654557330918141"
    }
  },
  {
    "following" : {
      "accountId" : "5131150992353855939",
      "userLink" : "https://twitter.com/intent/user?user_id=5131150992353855939"
    }
  },
  {
    "following" : {
      "accountId" : "5127443765226755418",
      "userLink" : "https://twitter.com/intent/user?user_id=5127443765226755418"
    }
  },
  {
    "following" : {
      "accountId" : "5037361131301569680",
      "userLink" : "https://twitter.com/intent/user?user_id=5037361131301569680"
    }
  },
  {
    "following" : {
      "accountId" : "3946270231646859664",
      "userLink" : "https://twitter.com/intent/user?user_id=3946270231646859664"
    }
  },
  {
    "following" : {
      "accountId" : "2889656928331852793",
      "userLink" : "https://twitter.com/intent/user?user_id=2889656928331852793"
    }
  },
  {
    "following" : {
      "accountId" : "2652950801186224543",
      "userLink" : "https://twitter.com/intent/user?user_id=2652950801186224543"
    }
  },
  {
    "following" : {
      "accountId" : "2478648708015330784",
      "userLink" : "https://twitter.com/intent/user?user_id=2478648708015330784"
    }
  },
  {
    "following" : {
      "accountId" : "1932889874072187249",
      "userLink" : "https://twitter.com/intent/user?user_id=1932889874072187249"
    }
  },
  {
    "following" : {
      "accountId" : "1747702723526650810",
      "userLink" : "https://twitter.com/intent/user?user_id=1747702723526650810"
    }
  },
  {
    "following" : {
      "accountId" : "1603464056953401911",
      "userLink" : "https://twitter.com/intent/user?user_id=1603464056953401911"
    }
  },
  {
    "following" : {
      "accountId" : "1588119277812417054",
      "userLink" : "https://twitter.com/intent/user?user_id=1588119277812417054"
    }
  },
  {
    "following" : {
      "accountId" : "1432907392434735965",
      "userLink" : "https://twitter.com/intent/user?user_id=1432907392434735965"
    }
  },
  {
    "following" : {
      "accountId" : "1352689828806487397",
      "userLink" : "https://twitter.com/intent/user?user_id=1352689828806487397"
    }
  },
  {
    "following" : {
      "accountId" : "1302223530904733598",
      "userLink" : "https://twitter.com/intent/user?user_id=1302223530904733598"
    }
  },
  {
    "following" : {
      "accountId" : "1198034365744872169",
      "userLink" : "https://twitter.com/intent/user?user_id=1198034365744872169"
    }
  },
  {
    "following" : {
      "accountId" : "1121432512787140740",
      "userLink" : "https://twitter.com/intent/user?user_id=1121432512787140740"
    }
  },
  {
    "following" : {
      "accountId" : "864422805155044573",
      "userLink" : "https://twitter.com/intent/user?user_id=864422805155044573"
    }
  },
  {
    "following" : {
      "accountId" : "707268047947290406",
      "userLink" : "https://twitter.com/intent/user?user_id=707268047947290406"
    }
  },
  {
    "following" : {
      "accountId" : "668152651465037192",
      "userLink" : "https://twitter.com/intent/user?user_id=668152651465037192"
    }
  },
  {
    "following" : {
      "accountId" : "533628360870998558",
      "userLink" : "https://twitter.com/intent/user?user_id=533628360870998558"
    }
  },
  {
    "following" : {
      "accountId" : "3994046139",
      "userLink" : "https://twitter.com/intent/user?user_id=3994046139"
    }
  },
  {
    "following" : {
      "accountId" : "3973217111",
      "userLink" : "https://twitter.com/intent/user?user_id=3973217111"
    }
  },
  {
    "following" : {
      "accountId" : "3600749557",
      "userLink" : "https://twitter.com/intent/user?user_id=3600749557"
    }
  },
  {
    "following" : {
      "accountId" : "3448976381",
      "userLink" : "https://twitter.com/intent/user?user_id=3448976381"
    }
  },
  {
    "following" : {
      "accountId" : "3410885373",
      "userLink" : "https://twitter.com/intent/user?user_id=3410885373"
    }
  },
  {
    "following" : {
      "accountId" : "3348802816",
      "userLink" : "https://twitter.com/intent/user?user_id=3348802816"
    }
  },
  {
    "following" : {
      "accountId" : "3323693094",
      "userLink" : "https://twitter.com/intent/user?user_id=3323693094"
    }
  },
  {
    "following" : {
      "accountId" : "2894753391",
      "userLink" : "https://twitter.com/intent/user?user_id=2894753391"
    }
  },
  {
    "following" : {
      "accountId" : "2619695641",
      "userLink" : "https://twitter.com/intent/user?user_id=2619695641"
    }
  },
  {
    "following" : {
      "accountId" : "2604337073",
      "userLink" : "https://twitter.com/intent/user?user_id=2604337073"
    }
  },
  {
    "following" : {
      "accountId" : "2528097455",
      "userLink" : "https://twitter.com/intent/user?user_id=2528097455"
    }
  },
  {
    "following" : {
      "accountId" : "2393731277",
      "userLink" : "https://twitter.com/intent/user?user_id=2393731277"
    }
  },
  {
    "following" : {
      "accountId" : "2288728034",
      "userLink" : "https://twitter.com/intent/user?user_id=2288728034"
    }
  },
  {
    "following" : {
      "accountId" : "2128753335",
      "userLink" : "https://twitter.com/intent/user?user_id=2128753335"
    }
  },
  {
    "following" : {
      "accountId" : "2113184912",
      "userLink" : "https://twitter.com/intent/user?user_id=2113184912"
    }
  },
  {
    "following" : {
      "accountId" : "2077367219",
      "userLink" : "https://twitter.com/intent/user?user_id=2077367219"
    }
  },
  {
    "following" : {
      "accountId" : "2035624126",
      "userLink" : "https://twitter.com/intent/user?user_id=2035624126"
    }
  },
  {
    "following" : {
      "accountId" : "1952398055",
      "userLink" : "https://twitter.com/intent/user?user_id=1952398055"
    }
  },
  {
    "following" : {
      "accountId" : "1834303627",
      "userLink" : "https://twitter.com/intent/user?user_id=1834303627"
    }
  },
  {
    "following" : {
      "accountId" : "1387183535",
      "userLink" : "https://twitter.com/intent/user?user_id=1387183535"
    }
  },
  {
    "following" : {
      "accountId" : "1203982378",
      "userLink" : "https://twitter.com/intent/user?user_id=1203982378"
    }
  },
  {
    "following" : {
      "accountId" : "982908447",
      "userLink" : "https://twitter.com/intent/user?user_id=982908447"
    }
  },
  {
    "following" : {
      "accountId" : "577611693",
      "userLink" : "https://twitter.com/intent/user?user_id=577611693"
    }
  },
  {
    "following" : {
      "accountId" : "535772413",
      "userLink" : "https://twitter.com/intent/user?user_id=535772413"
    }
  },
  {
    "following" : {
      "accountId" : "533857685",
      "userLink" : "https://twitter.com/intent/user?user_id=533857685"
    }
  },
  {
    "following" : {
      "accountId" : "480579337",
      "userLink" : "https://twitter.com/intent/user?user_id=480579337"
    }
  },
  {
    "following" : {
      "accountId" : "419931827",
      "userLink" : "https://twitter.com/intent/user?user_id=419931827"
    }
  },
  {
    "following" : {
      "accountId" : "372746971",
      "userLink" : "https://twitter.com/intent/user?user_id=372746971"
    }
  },
  {
    "following" : {
      "accountId" : "245878660",
      "userLink" : "https://twitter.com/intent/user?user_id=245878660"
    }
  },
  {
    "following" : {
      "accountId" : "211229644",
      "userLink" : "https://twitter.com/intent/user?user_id=211229644"
    }
  }
]