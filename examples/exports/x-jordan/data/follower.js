window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "9658902934675159344",
      "userLink" : "https://twitter.com/intent/user?user_id=9658902934675159344"
    }
  },
  {
    "follower" : {
      "accountId" : "9366319341665364919",
      "userLink" : "https://twitter.com/intent/user?user_id=9366319341665364919"
    }
  },
  {
    "follower" : {
      "accountId" : "9200177387505990172",
      "userLink" : "https://twitter.com/intent/user?user_id=9200177387505990172"
    }
  },
  {
    "follower" : {
      "accountId" : "8855329351412362719",
      "userLink" : "https://twitter.com/intent/user?user_id=8855329351412362719"
    }
  },
  {
    "follower" : {
      "accountId" : "8808475452767233082",
      "userLink" : "https://twitter.com/intent/user?user_id=8808475452767233082"
    }
  },
  {
    "follower" : {
      "accountId" : "8659898770449389598",
      "userLink" : "https://twitter.com/intent/user?user_id=8659898770449389598"
    }
  },
  {
    "follower" : {
      "accountId" : "8108626248960780999",
      "userLink" : "https://twitter.com/intent/user?user_id=8108626248960780999"
    }
  },
  {
    "follower" : {
      "accountId" : "7924812323343986251",
      "userLink" : "https://twitter.com/intent/user?user_id=7924812323343986251"
    }
  },
  {
    "follower" : {
      "accountId" : "7916599032354612796",
      "userLink" : "https://twitter.com/intent/user?user_id=7916599032354612796"
    }
  },
  {
    "follower" : {
      "accountId" : "7796017036372730256",
      "userLink" : "https://twitter.com/intent/user?user_id=7796017036372730256"
    }
  },
  {
    "follower" : {
      "accountId" : "7643893648107374535",
      "userLink" : "https://twitter.com/intent/user?user_id=7643893648107374535"
    }
  },
  {
    "follower" : {
      "accountId" : "6688166550205754517",
      "userLink" : "https://twitter.com/intent/user?user_id=6688166550205754517"
    }
  },
  {
    "follower" : {
      "accountId" : "6236339505373322952",
      "userLink" : "https://twitter.com/intent/user?user_id=6236339505373322952"
    }
  },
  {
    "follower" : {
      "accountId" : "5556656026247202754",
      "userLink" : "https://twitter.com/intent/user?user_id=5556656026247202754"
    }
  },
  {
    "follower" : {
      "accountId" : "5321314134032441939",
      "userLink" : "https://twitter.com/intent/user?user_id=5321314134032441939"
    }
  },
  {
    "follower" : {
      "accountId" : "5000614751270880413",
      "userLink" : "https://twitter.com/intent/user?user_id=5000614751270880413"
    }
  },
  {
    "follower" : {
      "accountId" : "4111470168543132297",
      "userLink" : "https://twitter.com/intent/user?user_id=4111470168543132297"
    }
  },
  {
    "follower" : {
      "accountId" : "3965558298930322035",
      "userLink" : "https://twitter.com/intent/user?user_id=3965558298930322035"
    }
  },
  {
    "follower" : {
      "accountId" : "2701605459758632715",
      "userLink" : "https://twitter.com/intent/user?user_id=2701605459758632715"
    }
  },
  {
    "follower" : {
      "accountId" : "2359069147273649231",
      "userLink" : "https://twitter.com/intent/user?user_id=2359069147273649231"
    }
  },
  {
    "follower" : {
      "accountId" : "1539717576909507012",
      "userLink" : "https://twitter.com/intent/user?user_id=1539717576909507012"
    }
  },
  {
    "follower" : {
      "accountId" : "932438353789125210",
      "userLink" : "https://twitter.com/intent/user?user_id=932438353789125210"
    }
  },
  {
    "follower" : {
      "accountId" : "750585857088952542",
      "userLink" : "https://twitter.com/intent/user?user_id=750585857088952542"
    }
  },
  {
    "follower" : {
      "accountId" : "386304498152287410",
      "userLink" : "https://twitter.com/intent/user?user_id=386304498152287410"
    }
  },
  {
    "follower" : {
      "accountId" : "3303543994",
      "userLink" : "https://twitter.com/intent/user?user_id=3303543994"
    }
  },
  {
    "follower" : {
      "accountId" : "3218437750",
      "userLink" : "https://twitter.com/intent/user?user_id=3218437750"
    }
  },
  {
    "follower" : {
      "accountId" : "3092389679",
      "userLink" : "https://twitter.com/intent/user?user_id=3092389679"
    }
  },
  {
    "follower" : {
      "accountId" : "2842392885",
      "userLink" : "https://twitter.com/intent/user?user_id=2842392885"
    }
  },
  {
    "follower" : {
      "accountId" : "2393466394",
      "userLink" : "https://twitter.com/intent/user?user_id=2393466394"
    }
  },
  {
    "follower" : {
      "accountId" : "2372490447",
      "userLink" : "https://twitter.com/intent/user?user_id=2372490447"
    }
  },
  {
    "follower" : {
      "accountId" : "2230066249",
      "userLink" : "https://twitter.com/intent/user?user_id=2230066249"
    }
  },
  {
    "follower" : {
      "accountId" : "1619341569",
      "userLink" : "https://twitter.com/intent/user?user_id=1619341569"
    }
  },
  {
    "follower" : {
      "accountId" : "1530612176",
      "userLink" : "https://twitter.com/intent/user?user_id=1530612176"
    }
  },
  {
    "follower" : {
      "accountId" : "1362938569",
      "userLink" : "https://twitter.com/intent/user?user_id=1362938569"
    }
  },
  {
    "follower" : {
      "accountId" : "1340400151",
      "userLink" : "https://twitter.com/intent/user?user_id=1340400151"
    }
  },
  {
    "follower" : {
      "accountId" : "900437291",
      "userLink" : "https://twitter.com/intent/user?user_id=900437291"
    }
  },
  {
    "follower" : {
      "accountId" : "822353754",
      "userLink" : "https://twitter.com/intent/user?user_id=822353754"
    }
  },
  {
    "follower" : {
      "accountId" : "800451176",
      "userLink" : "https://twitter.com/intent/user?user_id=800451176"
    }
  },
  {
    "follower" : {
      "accountId" : "718556974",
      "userLink" : "https://twitter.com/intent/user?user_id=718556974"
    }
  },
  {
    "follower" : {
      "accountId" : "448006844",
      "userLink" : "https://twitter.com/intent/user?user_id=448006844"
    }
  },
  {
    "follower" : {
      "accountId" : "323444054",
      "userLink" : "https://twitter.com/intent/user?user_id=323444054"
    }
  },
  {
    "follower" : {
      "accountId" : "204790379",
      "userLink" : "https://twitter.com/intent/user?user_id=204790379"
    }
  },
  {
    "follower" : {
      "accountId" : "133940784",
      "userLink" : "https://twitter.com/intent/user?user_id=133940784"
    }
  },
  {
    "follower" : {
      "accountId" : "15959774",
      "userLink" : "https://twitter.com/intent/user?user_id=15959774"
    }
  },
  {
    "follower" : {
      "accountId" : "15602455",
      "userLink" : "https://twitter.com/intent/user?user_id=15602455"
    }
  }
]