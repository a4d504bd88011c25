window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093270579447011585"
          ],
          "editableUntil" : "2026-08-28T10:32:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/2093270579447011585/photo/1",
            "indices" : [
              "75",
              "98"
            ],
            "url" : "https://t.co/tjFESD2zUL",
            "media_url" : "http://pbs.twimg.com/media/i1x411QCbqo-0qo.jpg",
            "id_str" : "2093270555041633964",
            "media_url_https" : "https://pbs.twimg.com/media/i1x411QCbqo-0qo.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/tjFESD2zUL",
            "id" : "2093270555041633964"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "4",
      "id_str" : "2093270579447011585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093270579447011585",
      "created_at" : "Fri Aug 28 09:32:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Long run done, 12 miles and one wrong turn. Legs have filed a complaint 🌧️ https://t.co/tjFESD2zUL",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/2093270579447011585/photo/1",
            "indices" : [
              "75",
              "98"
            ],
            "url" : "https://t.co/tjFESD2zUL",
            "media_url" : "http://pbs.twimg.com/media/i1x411QCbqo-0qo.jpg",
            "id_str" : "2093270555041633964",
            "media_url_https" : "https://pbs.twimg.com/media/i1x411QCbqo-0qo.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/tjFESD2zUL",
            "id" : "2093270555041633964"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087074956359550822"
          ],
          "editableUntil" : "2026-08-11T08:13:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "id_str" : "2087074956359550822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087074956359550822",
      "created_at" : "Tue Aug 11 07:13:40 +0000 2026",
      "favorited" : false,
      "full_text" : "Pancakes for breakfast, by request. Legs have filed a complaint ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076217220628237184"
          ],
          "editableUntil" : "2026-07-12T09:08:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "parkrun",
            "indices" : [
              "48",
              "56"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "4",
      "id_str" : "2076217220628237184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076217220628237184",
      "created_at" : "Sun Jul 12 08:08:54 +0000 2026",
      "favorited" : false,
      "full_text" : "First run in the new trainers. Not a bad day ☀️ #parkrun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051386867114400087"
          ],
          "editableUntil" : "2026-05-04T20:41:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Bath",
            "indices" : [
              "65",
              "70"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "13",
      "id_str" : "2051386867114400087",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051386867114400087",
      "created_at" : "Mon May 04 19:41:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Farmers market haul: cheese, cheese and more cheese. Worth it 🌧️ #Bath",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046305409350995202"
          ],
          "editableUntil" : "2026-04-20T20:10:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "11",
      "id_str" : "2046305409350995202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046305409350995202",
      "created_at" : "Mon Apr 20 19:10:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Recovery jog and a very large coffee. Bliss 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029672906679651126"
          ],
          "editableUntil" : "2026-03-05T22:38:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "13",
      "id_str" : "2029672906679651126",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2029672906679651126",
      "created_at" : "Thu Mar 05 21:38:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Lovely afternoon at the Holburne with my sister. Not a bad day!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016971933018318127"
          ],
          "editableUntil" : "2026-01-29T21:29:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/2016971933018318127/photo/1",
            "indices" : [
              "44",
              "67"
            ],
            "url" : "https://t.co/itYyaNnJuH",
            "media_url" : "http://pbs.twimg.com/media/hVa79aGI7FeSSVb.jpg",
            "id_str" : "2016971912051719688",
            "media_url_https" : "https://pbs.twimg.com/media/hVa79aGI7FeSSVb.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/itYyaNnJuH",
            "id" : "2016971912051719688"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "9",
      "id_str" : "2016971933018318127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016971933018318127",
      "created_at" : "Thu Jan 29 20:29:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Tomatoes ripening at last. Ten out of ten 😊 https://t.co/itYyaNnJuH",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/2016971933018318127/photo/1",
            "indices" : [
              "44",
              "67"
            ],
            "url" : "https://t.co/itYyaNnJuH",
            "media_url" : "http://pbs.twimg.com/media/hVa79aGI7FeSSVb.jpg",
            "id_str" : "2016971912051719688",
            "media_url_https" : "https://pbs.twimg.com/media/hVa79aGI7FeSSVb.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/itYyaNnJuH",
            "id" : "2016971912051719688"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011051625510258458"
          ],
          "editableUntil" : "2026-01-13T13:24:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "0",
      "id_str" : "2011051625510258458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011051625510258458",
      "created_at" : "Tue Jan 13 12:24:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Eleven minutes to inhale a sandwich. Living the dream 🥪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991548376331965276"
          ],
          "editableUntil" : "2025-11-20T17:45:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RiversidePrimary",
            "indices" : [
              "23",
              "40"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "1",
      "id_str" : "1991548376331965276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991548376331965276",
      "created_at" : "Thu Nov 20 16:45:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Proud of my Year 4s at #RiversidePrimary today: they performed their Viking poems to the whole school and not one of them forgot a line 🥹",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988338624363989160"
          ],
          "editableUntil" : "2025-11-11T21:10:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "1",
      "id_str" : "1988338624363989160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1988338624363989160",
      "created_at" : "Tue Nov 11 20:10:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Tempo run along the river. Send coffee ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986171712921301335"
          ],
          "editableUntil" : "2025-11-05T21:40:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Bath",
            "indices" : [
              "95",
              "100"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1986171712921301335",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986171712921301335",
      "created_at" : "Wed Nov 05 20:40:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Cycled to Bradford on Avon and back, with cake at the halfway point. Could get used to this 🌧️ #Bath",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967129122080935196"
          ],
          "editableUntil" : "2025-09-14T08:31:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vale Runners",
            "screen_name" : "ValeRunners",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1184730096",
            "id" : "1184730096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1967129122080935196",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967129122080935196",
      "created_at" : "Sun Sep 14 07:31:44 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ValeRunners: Sunday long run from Riverside Park, 8am sharp. All paces welcome!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943711897061164168"
          ],
          "editableUntil" : "2025-07-11T17:40:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "2",
      "id_str" : "1943711897061164168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943711897061164168",
      "created_at" : "Fri Jul 11 16:40:03 +0000 2025",
      "favorited" : false,
      "full_text" : "So proud of Lily in her class assembly at North Riverside Primary today 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932879427506003149"
          ],
          "editableUntil" : "2025-06-11T20:15:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kate Morgan",
            "screen_name" : "KateMorganBakes",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2990114762",
            "id" : "2990114762"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "13",
      "id_str" : "1932879427506003149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932879427506003149",
      "created_at" : "Wed Jun 11 19:15:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@KateMorganBakes Lovely afternoon at the Holburne with my sister. Same again next week 😊",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1932875654064601488",
      "in_reply_to_status_id" : "1932875654064601488",
      "in_reply_to_user_id" : "2990114762",
      "in_reply_to_user_id_str" : "2990114762",
      "in_reply_to_screen_name" : "KateMorganBakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924891115245699078"
          ],
          "editableUntil" : "2025-05-20T19:12:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Bath",
            "indices" : [
              "67",
              "72"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "5",
      "id_str" : "1924891115245699078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924891115245699078",
      "created_at" : "Tue May 20 18:12:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Walked up to the Skyline trail with the kids. Same again next week #Bath",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922363427778122461"
          ],
          "editableUntil" : "2025-05-13T19:48:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "7",
      "id_str" : "1922363427778122461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922363427778122461",
      "created_at" : "Tue May 13 18:48:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Scones with far too much jam. Not a bad day 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921128792626956051"
          ],
          "editableUntil" : "2025-05-10T10:02:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "parkrun",
            "indices" : [
              "54",
              "62"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "4",
      "id_str" : "1921128792626956051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1921128792626956051",
      "created_at" : "Sat May 10 09:02:51 +0000 2025",
      "favorited" : false,
      "full_text" : "Riverside Park parkrun this morning, PB by 9 seconds! #parkrun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905733033657979184"
          ],
          "editableUntil" : "2025-03-28T22:25:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "12",
      "id_str" : "1905733033657979184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1905733033657979184",
      "created_at" : "Fri Mar 28 21:25:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Sat by the river with an ice cream. Ten out of ten",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897030701743847028"
          ],
          "editableUntil" : "2025-03-04T22:05:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kate Morgan",
            "screen_name" : "KateMorganBakes",
            "indices" : [
              "53",
              "69"
            ],
            "id_str" : "2990114762",
            "id" : "2990114762"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "3",
      "id_str" : "1897030701743847028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897030701743847028",
      "created_at" : "Tue Mar 04 21:05:39 +0000 2025",
      "favorited" : false,
      "full_text" : "Lemon drizzle for the neighbours. Happy days ☀️ with @KateMorganBakes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890844855118343608"
          ],
          "editableUntil" : "2025-02-15T20:25:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "3",
      "id_str" : "1890844855118343608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890844855118343608",
      "created_at" : "Sat Feb 15 19:25:18 +0000 2025",
      "favorited" : false,
      "full_text" : "First run in the new trainers. Best bit of the week 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890497900647289180"
          ],
          "editableUntil" : "2025-02-14T21:26:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "5",
      "id_str" : "1890497900647289180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890497900647289180",
      "created_at" : "Fri Feb 14 20:26:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Gorgeous light over the Royal Crescent tonight. Could get used to this",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846642813229937181"
          ],
          "editableUntil" : "2024-10-16T21:02:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "8",
      "id_str" : "1846642813229937181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1846642813229937181",
      "created_at" : "Wed Oct 16 20:02:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Sat by the river with an ice cream. Bed by nine, clearly 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1839760590397566702"
          ],
          "editableUntil" : "2024-09-27T21:14:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "amreading",
            "indices" : [
              "65",
              "75"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "12",
      "id_str" : "1839760590397566702",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1839760590397566702",
      "created_at" : "Fri Sep 27 20:14:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Library haul: four novels and a cookbook. Best bit of the week 😂 #amreading",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1839012897302436598"
          ],
          "editableUntil" : "2024-09-25T19:43:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "12",
      "id_str" : "1839012897302436598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1839012897302436598",
      "created_at" : "Wed Sep 25 18:43:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Reread an old favourite on the sofa all afternoon. Send coffee 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823319409093471671"
          ],
          "editableUntil" : "2024-08-13T12:23:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "1823319409093471671",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1823319409093471671",
      "created_at" : "Tue Aug 13 11:23:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Tomatoes ripening at last. Send coffee",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1809967826396238457"
          ],
          "editableUntil" : "2024-07-07T16:08:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Bath",
            "indices" : [
              "52",
              "57"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "11",
      "id_str" : "1809967826396238457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1809967826396238457",
      "created_at" : "Sun Jul 07 15:08:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Fish &amp; chips on the harbour wall. Happy days 🌧️ #Bath",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808962598836658506"
          ],
          "editableUntil" : "2024-07-04T21:34:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "8",
      "id_str" : "1808962598836658506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1808962598836658506",
      "created_at" : "Thu Jul 04 20:34:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Lemon drizzle for the neighbours. Worth it 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1802805235684339612"
          ],
          "editableUntil" : "2024-06-17T21:47:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "7",
      "id_str" : "1802805235684339612",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1802805235684339612",
      "created_at" : "Mon Jun 17 20:47:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Started a new crime series. Best bit of the week",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1794098219324797861"
          ],
          "editableUntil" : "2024-05-24T21:08:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "1794098219324797861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1794098219324797861",
      "created_at" : "Fri May 24 20:08:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Gorgeous light over the Royal Crescent tonight. Legs have filed a complaint 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1789627915780864325"
          ],
          "editableUntil" : "2024-05-12T13:05:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BathHalf",
            "indices" : [
              "46",
              "55"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "8",
      "id_str" : "1789627915780864325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1789627915780864325",
      "created_at" : "Sun May 12 12:05:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Bath Half done! Chip time 1:52:07, bib 4471 🏅 #BathHalf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1768943460353128614"
          ],
          "editableUntil" : "2024-03-16T11:12:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1768943460353128614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1768943460353128614",
      "created_at" : "Sat Mar 16 10:12:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Giving away a toddler bed and a box of Duplo, collection from Bath. Text me on 07700 900 461 if you want them!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766485413790762805"
          ],
          "editableUntil" : "2024-03-09T16:25:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1766485413790762805/photo/1",
            "indices" : [
              "55",
              "78"
            ],
            "url" : "https://t.co/fwEdQTwDzY",
            "media_url" : "http://pbs.twimg.com/media/yLmzKUV6WYcirw1.jpg",
            "id_str" : "1766485395020668742",
            "media_url_https" : "https://pbs.twimg.com/media/yLmzKUV6WYcirw1.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/fwEdQTwDzY",
            "id" : "1766485395020668742"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "10",
      "id_str" : "1766485413790762805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1766485413790762805",
      "created_at" : "Sat Mar 09 15:25:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Recovery jog and a very large coffee. The dog approves https://t.co/fwEdQTwDzY",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1766485413790762805/photo/1",
            "indices" : [
              "55",
              "78"
            ],
            "url" : "https://t.co/fwEdQTwDzY",
            "media_url" : "http://pbs.twimg.com/media/yLmzKUV6WYcirw1.jpg",
            "id_str" : "1766485395020668742",
            "media_url_https" : "https://pbs.twimg.com/media/yLmzKUV6WYcirw1.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/fwEdQTwDzY",
            "id" : "1766485395020668742"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1739740321415060032"
          ],
          "editableUntil" : "2023-12-26T21:09:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "11",
      "id_str" : "1739740321415060032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1739740321415060032",
      "created_at" : "Tue Dec 26 20:09:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Banana bread rescue mission complete. Tea first, then everything else 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1738316762525928257"
          ],
          "editableUntil" : "2023-12-22T22:53:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "parkrun",
            "indices" : [
              "38",
              "46"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1738316762525928257/photo/1",
            "indices" : [
              "47",
              "70"
            ],
            "url" : "https://t.co/gKGSxNxZws",
            "media_url" : "http://pbs.twimg.com/media/-Fi6yKDhoL5u5qW.jpg",
            "id_str" : "1738316741953820913",
            "media_url_https" : "https://pbs.twimg.com/media/-Fi6yKDhoL5u5qW.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/gKGSxNxZws",
            "id" : "1738316741953820913"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "1",
      "id_str" : "1738316762525928257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1738316762525928257",
      "created_at" : "Fri Dec 22 21:53:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Trail loop up on the Skyline. Bliss ☕ #parkrun https://t.co/gKGSxNxZws",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1738316762525928257/photo/1",
            "indices" : [
              "47",
              "70"
            ],
            "url" : "https://t.co/gKGSxNxZws",
            "media_url" : "http://pbs.twimg.com/media/-Fi6yKDhoL5u5qW.jpg",
            "id_str" : "1738316741953820913",
            "media_url_https" : "https://pbs.twimg.com/media/-Fi6yKDhoL5u5qW.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/gKGSxNxZws",
            "id" : "1738316741953820913"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737921913414496871"
          ],
          "editableUntil" : "2023-12-21T20:44:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "8",
      "id_str" : "1737921913414496871",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737921913414496871",
      "created_at" : "Thu Dec 21 19:44:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Sat by the river with an ice cream. Bliss 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1735754314152655502"
          ],
          "editableUntil" : "2023-12-15T21:10:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kate Morgan",
            "screen_name" : "KateMorganBakes",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2990114762",
            "id" : "2990114762"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "4",
      "id_str" : "1735754314152655502",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1735754314152655502",
      "created_at" : "Fri Dec 15 20:10:51 +0000 2023",
      "favorited" : false,
      "full_text" : "@KateMorganBakes Intervals tonight. Worth it 😊",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1735750535962188625",
      "in_reply_to_status_id" : "1735750535962188625",
      "in_reply_to_user_id" : "2990114762",
      "in_reply_to_user_id_str" : "2990114762",
      "in_reply_to_screen_name" : "KateMorganBakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1724517709040547937"
          ],
          "editableUntil" : "2023-11-14T21:00:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "baking",
            "indices" : [
              "46",
              "53"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "13",
      "id_str" : "1724517709040547937",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1724517709040547937",
      "created_at" : "Tue Nov 14 20:00:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Flapjacks for the long run tomorrow. Worth it #baking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715110324139742192"
          ],
          "editableUntil" : "2023-10-19T21:59:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dan Ellis",
            "screen_name" : "DanEllisCycles",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3318840571",
            "id" : "3318840571"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1715110324139742192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715110324139742192",
      "created_at" : "Thu Oct 19 20:59:01 +0000 2023",
      "favorited" : false,
      "full_text" : "@DanEllisCycles Easy 5 miles along the canal before anyone else was up. Same again next week ☕",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1715106552484836259",
      "in_reply_to_status_id" : "1715106552484836259",
      "in_reply_to_user_id" : "3318840571",
      "in_reply_to_user_id_str" : "3318840571",
      "in_reply_to_screen_name" : "DanEllisCycles"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715097165674708457"
          ],
          "editableUntil" : "2023-10-19T21:06:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "7",
      "id_str" : "1715097165674708457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715097165674708457",
      "created_at" : "Thu Oct 19 20:06:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Painted the fence and most of myself. The dog approves",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712190791334511318"
          ],
          "editableUntil" : "2023-10-11T20:37:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "8",
      "id_str" : "1712190791334511318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712190791334511318",
      "created_at" : "Wed Oct 11 19:37:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Tried a focaccia and the dimpling was the best bit. Not a bad day 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1685651485524870237"
          ],
          "editableUntil" : "2023-07-30T15:00:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "13",
      "id_str" : "1685651485524870237",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685651485524870237",
      "created_at" : "Sun Jul 30 14:00:06 +0000 2023",
      "favorited" : false,
      "full_text" : "Board games and soup on a rainy Sunday. Could get used to this",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1658932064949634927"
          ],
          "editableUntil" : "2023-05-17T21:26:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "3",
      "id_str" : "1658932064949634927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1658932064949634927",
      "created_at" : "Wed May 17 20:26:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Parkrun with the dog, and she won. Worth it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645410143132004472"
          ],
          "editableUntil" : "2023-04-10T13:55:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "4",
      "id_str" : "1645410143132004472",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645410143132004472",
      "created_at" : "Mon Apr 10 12:55:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Book club picked a 600-page doorstop. Tea first, then everything else 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645111885523335102"
          ],
          "editableUntil" : "2023-04-09T18:10:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "11",
      "id_str" : "1645111885523335102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645111885523335102",
      "created_at" : "Sun Apr 09 17:10:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Sat by the river with an ice cream. No regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638996993056098262"
          ],
          "editableUntil" : "2023-03-23T21:11:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "11",
      "id_str" : "1638996993056098262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638996993056098262",
      "created_at" : "Thu Mar 23 20:11:48 +0000 2023",
      "favorited" : false,
      "full_text" : "Library haul: four novels and a cookbook. No regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637432651269969526"
          ],
          "editableUntil" : "2023-03-19T13:35:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1637432651269969526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637432651269969526",
      "created_at" : "Sun Mar 19 12:35:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Noah built a den out of every cushion we own. Tea first, then everything else 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1623777049292957766"
          ],
          "editableUntil" : "2023-02-09T21:13:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "parkrun",
            "indices" : [
              "77",
              "85"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "7",
      "id_str" : "1623777049292957766",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623777049292957766",
      "created_at" : "Thu Feb 09 20:13:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Easy 5 miles along the canal before anyone else was up. Best bit of the week #parkrun",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1619776754020565319"
          ],
          "editableUntil" : "2023-01-29T20:17:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "8",
      "id_str" : "1619776754020565319",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1619776754020565319",
      "created_at" : "Sun Jan 29 19:17:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Movie night with the kids, popcorn everywhere. Ten out of ten ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1613293087011042888"
          ],
          "editableUntil" : "2023-01-11T22:53:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1613293087011042888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1613293087011042888",
      "created_at" : "Wed Jan 11 21:53:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Lily is learning the recorder and our ears are very brave. Not a bad day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1602000857723615972"
          ],
          "editableUntil" : "2022-12-11T19:02:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "10",
      "id_str" : "1602000857723615972",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1602000857723615972",
      "created_at" : "Sun Dec 11 18:02:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Cinnamon buns on a Sunday, as is tradition. Could get used to this 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580298709970554424"
          ],
          "editableUntil" : "2022-10-12T21:45:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "3",
      "id_str" : "1580298709970554424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580298709970554424",
      "created_at" : "Wed Oct 12 20:45:47 +0000 2022",
      "favorited" : false,
      "full_text" : "Farmers market haul: cheese, cheese and more cheese. Send coffee!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1558749534465828778"
          ],
          "editableUntil" : "2022-08-14T10:37:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "6",
      "id_str" : "1558749534465828778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1558749534465828778",
      "created_at" : "Sun Aug 14 09:37:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Halfway through a historical novel set in Cornwall. Chaos, but lovely chaos ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550195777035678344"
          ],
          "editableUntil" : "2022-07-21T20:07:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1550195777035678344/photo/1",
            "indices" : [
              "57",
              "80"
            ],
            "url" : "https://t.co/LKK3X6JmXA",
            "media_url" : "http://pbs.twimg.com/media/hWwP6abqX2CKF5N.jpg",
            "id_str" : "1550195758073694946",
            "media_url_https" : "https://pbs.twimg.com/media/hWwP6abqX2CKF5N.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/LKK3X6JmXA",
            "id" : "1550195758073694946"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "13",
      "id_str" : "1550195777035678344",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550195777035678344",
      "created_at" : "Thu Jul 21 19:07:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Dan has discovered the air fryer. Best bit of the week ☕ https://t.co/LKK3X6JmXA",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1550195777035678344/photo/1",
            "indices" : [
              "57",
              "80"
            ],
            "url" : "https://t.co/LKK3X6JmXA",
            "media_url" : "http://pbs.twimg.com/media/hWwP6abqX2CKF5N.jpg",
            "id_str" : "1550195758073694946",
            "media_url_https" : "https://pbs.twimg.com/media/hWwP6abqX2CKF5N.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/LKK3X6JmXA",
            "id" : "1550195758073694946"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1522302900647993929"
          ],
          "editableUntil" : "2022-05-05T20:51:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kate Morgan",
            "screen_name" : "KateMorganBakes",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2990114762",
            "id" : "2990114762"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "12",
      "id_str" : "1522302900647993929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522302900647993929",
      "created_at" : "Thu May 05 19:51:09 +0000 2022",
      "favorited" : false,
      "full_text" : "@KateMorganBakes Tomatoes ripening at last. Not a bad day",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1522299127437492402",
      "in_reply_to_status_id" : "1522299127437492402",
      "in_reply_to_user_id" : "2990114762",
      "in_reply_to_user_id_str" : "2990114762",
      "in_reply_to_screen_name" : "KateMorganBakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1508891371354130115"
          ],
          "editableUntil" : "2022-03-29T20:38:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "7",
      "id_str" : "1508891371354130115",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1508891371354130115",
      "created_at" : "Tue Mar 29 19:38:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Library haul: four novels and a cookbook. Worth it 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1490309222404218544"
          ],
          "editableUntil" : "2022-02-06T13:59:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1490309222404218544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1490309222404218544",
      "created_at" : "Sun Feb 06 12:59:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Farmers market haul: cheese, cheese and more cheese. Bed by nine, clearly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1456004664823518819"
          ],
          "editableUntil" : "2021-11-03T22:05:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1456004664823518819/photo/1",
            "indices" : [
              "46",
              "69"
            ],
            "url" : "https://t.co/zbmH4YYdRB",
            "media_url" : "http://pbs.twimg.com/media/IHiQMjEc4OSlyb8.jpg",
            "id_str" : "1456004646387589031",
            "media_url_https" : "https://pbs.twimg.com/media/IHiQMjEc4OSlyb8.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/zbmH4YYdRB",
            "id" : "1456004646387589031"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "3",
      "id_str" : "1456004664823518819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1456004664823518819",
      "created_at" : "Wed Nov 03 21:05:38 +0000 2021",
      "favorited" : false,
      "full_text" : "Fish &amp; chips on the harbour wall. Bliss 😂 https://t.co/zbmH4YYdRB",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1456004664823518819/photo/1",
            "indices" : [
              "46",
              "69"
            ],
            "url" : "https://t.co/zbmH4YYdRB",
            "media_url" : "http://pbs.twimg.com/media/IHiQMjEc4OSlyb8.jpg",
            "id_str" : "1456004646387589031",
            "media_url_https" : "https://pbs.twimg.com/media/IHiQMjEc4OSlyb8.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/zbmH4YYdRB",
            "id" : "1456004646387589031"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1438943497406062604"
          ],
          "editableUntil" : "2021-09-17T20:10:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "3",
      "id_str" : "1438943497406062604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1438943497406062604",
      "created_at" : "Fri Sep 17 19:10:38 +0000 2021",
      "favorited" : false,
      "full_text" : "Swimming lessons done, everyone starving. Best bit of the week!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1423289174401402048"
          ],
          "editableUntil" : "2021-08-05T15:25:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kate Morgan",
            "screen_name" : "KateMorganBakes",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2990114762",
            "id" : "2990114762"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "6",
      "id_str" : "1423289174401402048",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1423289174401402048",
      "created_at" : "Thu Aug 05 14:25:57 +0000 2021",
      "favorited" : false,
      "full_text" : "@KateMorganBakes Pancakes for breakfast, by request. Ten out of ten ☀️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1423285401467573302",
      "in_reply_to_status_id" : "1423285401467573302",
      "in_reply_to_user_id" : "2990114762",
      "in_reply_to_user_id_str" : "2990114762",
      "in_reply_to_screen_name" : "KateMorganBakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1408488770332870046"
          ],
          "editableUntil" : "2021-06-25T19:14:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "3",
      "id_str" : "1408488770332870046",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1408488770332870046",
      "created_at" : "Fri Jun 25 18:14:25 +0000 2021",
      "favorited" : false,
      "full_text" : "Hill reps in the rain. Could get used to this 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1406691197125662140"
          ],
          "editableUntil" : "2021-06-20T20:11:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "13",
      "id_str" : "1406691197125662140",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1406691197125662140",
      "created_at" : "Sun Jun 20 19:11:31 +0000 2021",
      "favorited" : false,
      "full_text" : "Easy 5 miles along the canal before anyone else was up. Worth it 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1395090566455199875"
          ],
          "editableUntil" : "2021-05-19T19:54:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "2",
      "id_str" : "1395090566455199875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1395090566455199875",
      "created_at" : "Wed May 19 18:54:45 +0000 2021",
      "favorited" : false,
      "full_text" : "Audiobook on the long run made the miles vanish. Could get used to this!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1388926261380543290"
          ],
          "editableUntil" : "2021-05-02T19:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vale Runners",
            "screen_name" : "ValeRunners",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1184730096",
            "id" : "1184730096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "1388926261380543290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1388926261380543290",
      "created_at" : "Sun May 02 18:40:00 +0000 2021",
      "favorited" : false,
      "full_text" : "RT @ValeRunners: New members welcome, all paces, all ages",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1388757591059984631"
          ],
          "editableUntil" : "2021-05-02T08:29:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "5",
      "id_str" : "1388757591059984631",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1388757591059984631",
      "created_at" : "Sun May 02 07:29:46 +0000 2021",
      "favorited" : false,
      "full_text" : "Walked up to the Skyline trail with the kids. Not a bad day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1385317721335549421"
          ],
          "editableUntil" : "2021-04-22T20:40:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "parkrun",
            "indices" : [
              "49",
              "57"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1385317721335549421/photo/1",
            "indices" : [
              "58",
              "81"
            ],
            "url" : "https://t.co/GfWhcddf3d",
            "media_url" : "http://pbs.twimg.com/media/HTcvYa4XMZE7zXu.jpg",
            "id_str" : "1385317700544723632",
            "media_url_https" : "https://pbs.twimg.com/media/HTcvYa4XMZE7zXu.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/GfWhcddf3d",
            "id" : "1385317700544723632"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "11",
      "id_str" : "1385317721335549421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1385317721335549421",
      "created_at" : "Thu Apr 22 19:40:57 +0000 2021",
      "favorited" : false,
      "full_text" : "Frosty 10k this morning. Best bit of the week ☀️ #parkrun https://t.co/GfWhcddf3d",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1385317721335549421/photo/1",
            "indices" : [
              "58",
              "81"
            ],
            "url" : "https://t.co/GfWhcddf3d",
            "media_url" : "http://pbs.twimg.com/media/HTcvYa4XMZE7zXu.jpg",
            "id_str" : "1385317700544723632",
            "media_url_https" : "https://pbs.twimg.com/media/HTcvYa4XMZE7zXu.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/GfWhcddf3d",
            "id" : "1385317700544723632"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1379402050203216498"
          ],
          "editableUntil" : "2021-04-06T12:54:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/nA3dvdF55N",
            "expanded_url" : "https://www.example.org/recipes/686",
            "display_url" : "www.example.org/recipes/686",
            "indices" : [
              "49",
              "72"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "12",
      "id_str" : "1379402050203216498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1379402050203216498",
      "created_at" : "Tue Apr 06 11:54:11 +0000 2021",
      "favorited" : false,
      "full_text" : "Hot cross buns, slightly lopsided. Send coffee 🙌 https://t.co/nA3dvdF55N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1357058832968146861"
          ],
          "editableUntil" : "2021-02-03T21:10:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "2",
      "id_str" : "1357058832968146861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1357058832968146861",
      "created_at" : "Wed Feb 03 20:10:13 +0000 2021",
      "favorited" : false,
      "full_text" : "Lovely afternoon at the Holburne with my sister. The dog approves ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1356688205443593241"
          ],
          "editableUntil" : "2021-02-02T20:37:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "baking",
            "indices" : [
              "62",
              "69"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1356688205443593241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1356688205443593241",
      "created_at" : "Tue Feb 02 19:37:28 +0000 2021",
      "favorited" : false,
      "full_text" : "Banana bread rescue mission complete. Best bit of the week 🌧️ #baking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1307232232431288157"
          ],
          "editableUntil" : "2020-09-19T09:17:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/QKZ56AHgij",
            "expanded_url" : "https://www.example.org/recipes/530",
            "display_url" : "www.example.org/recipes/530",
            "indices" : [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "10",
      "id_str" : "1307232232431288157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1307232232431288157",
      "created_at" : "Sat Sep 19 08:17:06 +0000 2020",
      "favorited" : false,
      "full_text" : "Carrot cake for Dan's birthday. Same again next week 🙌 https://t.co/QKZ56AHgij",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1301201113242204812"
          ],
          "editableUntil" : "2020-09-02T17:51:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vale Runners",
            "screen_name" : "ValeRunners",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1184730096",
            "id" : "1184730096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1301201113242204812",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1301201113242204812",
      "created_at" : "Wed Sep 02 16:51:35 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @ValeRunners: Club night is back on Thursday, see you at the track",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1275162799842457094"
          ],
          "editableUntil" : "2020-06-22T21:24:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "7",
      "id_str" : "1275162799842457094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1275162799842457094",
      "created_at" : "Mon Jun 22 20:24:37 +0000 2020",
      "favorited" : false,
      "full_text" : "Fish &amp; chips on the harbour wall. Happy days",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1274275772727138527"
          ],
          "editableUntil" : "2020-06-20T10:39:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "baking",
            "indices" : [
              "51",
              "58"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "3",
      "id_str" : "1274275772727138527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1274275772727138527",
      "created_at" : "Sat Jun 20 09:39:53 +0000 2020",
      "favorited" : false,
      "full_text" : "Hot cross buns, slightly lopsided. Not a bad day 😊 #baking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1267894070199689135"
          ],
          "editableUntil" : "2020-06-02T20:01:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/RYckkXyMMS",
            "expanded_url" : "https://www.example.org/recipes/631",
            "display_url" : "www.example.org/recipes/631",
            "indices" : [
              "51",
              "74"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "8",
      "id_str" : "1267894070199689135",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1267894070199689135",
      "created_at" : "Tue Jun 02 19:01:17 +0000 2020",
      "favorited" : false,
      "full_text" : "Flapjacks for the long run tomorrow. Not a bad day https://t.co/RYckkXyMMS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1215390614290320824"
          ],
          "editableUntil" : "2020-01-09T22:51:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1215390614290320824/photo/1",
            "indices" : [
              "63",
              "86"
            ],
            "url" : "https://t.co/j5a8izV8DV",
            "media_url" : "http://pbs.twimg.com/media/5kjCd2kkDPHUsit.jpg",
            "id_str" : "1215390591833010914",
            "media_url_https" : "https://pbs.twimg.com/media/5kjCd2kkDPHUsit.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/j5a8izV8DV",
            "id" : "1215390591833010914"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "8",
      "id_str" : "1215390614290320824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1215390614290320824",
      "created_at" : "Thu Jan 09 21:51:17 +0000 2020",
      "favorited" : false,
      "full_text" : "Recovery jog and a very large coffee. Could get used to this ☕ https://t.co/j5a8izV8DV",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1215390614290320824/photo/1",
            "indices" : [
              "63",
              "86"
            ],
            "url" : "https://t.co/j5a8izV8DV",
            "media_url" : "http://pbs.twimg.com/media/5kjCd2kkDPHUsit.jpg",
            "id_str" : "1215390591833010914",
            "media_url_https" : "https://pbs.twimg.com/media/5kjCd2kkDPHUsit.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/j5a8izV8DV",
            "id" : "1215390591833010914"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1203666898375388920"
          ],
          "editableUntil" : "2019-12-08T14:25:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dan Ellis",
            "screen_name" : "DanEllisCycles",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "3318840571",
            "id" : "3318840571"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "5",
      "id_str" : "1203666898375388920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1203666898375388920",
      "created_at" : "Sun Dec 08 13:25:26 +0000 2019",
      "favorited" : false,
      "full_text" : "@DanEllisCycles Frosty 10k this morning. The dog approves 😂",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1203663123032680507",
      "in_reply_to_status_id" : "1203663123032680507",
      "in_reply_to_user_id" : "3318840571",
      "in_reply_to_user_id_str" : "3318840571",
      "in_reply_to_screen_name" : "DanEllisCycles"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1192919733717950064"
          ],
          "editableUntil" : "2019-11-08T22:40:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Bath",
            "indices" : [
              "50",
              "55"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "1192919733717950064",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1192919733717950064",
      "created_at" : "Fri Nov 08 21:40:02 +0000 2019",
      "favorited" : false,
      "full_text" : "Sat by the river with an ice cream. Send coffee 😂 #Bath",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1187074910075659802"
          ],
          "editableUntil" : "2019-10-23T19:34:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "amreading",
            "indices" : [
              "78",
              "88"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "11",
      "id_str" : "1187074910075659802",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1187074910075659802",
      "created_at" : "Wed Oct 23 18:34:48 +0000 2019",
      "favorited" : false,
      "full_text" : "Reread an old favourite on the sofa all afternoon. Chaos, but lovely chaos 🌧️ #amreading",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1183097630512768295"
          ],
          "editableUntil" : "2019-10-12T20:10:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1183097630512768295",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1183097630512768295",
      "created_at" : "Sat Oct 12 19:10:30 +0000 2019",
      "favorited" : false,
      "full_text" : "Lily is learning the recorder and our ears are very brave. Happy days 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1165322165970037484"
          ],
          "editableUntil" : "2019-08-24T18:57:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "11",
      "id_str" : "1165322165970037484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1165322165970037484",
      "created_at" : "Sat Aug 24 17:57:09 +0000 2019",
      "favorited" : false,
      "full_text" : "Book club picked a 600-page doorstop. Could get used to this",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1156587524238766248"
          ],
          "editableUntil" : "2019-07-31T16:28:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "6",
      "id_str" : "1156587524238766248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1156587524238766248",
      "created_at" : "Wed Jul 31 15:28:48 +0000 2019",
      "favorited" : false,
      "full_text" : "Carrot cake for Dan's birthday. No regrets 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1145021041695863563"
          ],
          "editableUntil" : "2019-06-29T18:27:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1145021041695863563/photo/1",
            "indices" : [
              "56",
              "79"
            ],
            "url" : "https://t.co/SLPyPBqbjq",
            "media_url" : "http://pbs.twimg.com/media/RkIa0Gi5hPwpkVV.jpg",
            "id_str" : "1145021019532712960",
            "media_url_https" : "https://pbs.twimg.com/media/RkIa0Gi5hPwpkVV.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/SLPyPBqbjq",
            "id" : "1145021019532712960"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "3",
      "id_str" : "1145021041695863563",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1145021041695863563",
      "created_at" : "Sat Jun 29 17:27:44 +0000 2019",
      "favorited" : false,
      "full_text" : "Fish &amp; chips on the harbour wall. Ten out of ten 🌧️ https://t.co/SLPyPBqbjq",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1145021041695863563/photo/1",
            "indices" : [
              "56",
              "79"
            ],
            "url" : "https://t.co/SLPyPBqbjq",
            "media_url" : "http://pbs.twimg.com/media/RkIa0Gi5hPwpkVV.jpg",
            "id_str" : "1145021019532712960",
            "media_url_https" : "https://pbs.twimg.com/media/RkIa0Gi5hPwpkVV.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/SLPyPBqbjq",
            "id" : "1145021019532712960"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1106660885019351998"
          ],
          "editableUntil" : "2019-03-15T21:58:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "10",
      "id_str" : "1106660885019351998",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1106660885019351998",
      "created_at" : "Fri Mar 15 20:58:10 +0000 2019",
      "favorited" : false,
      "full_text" : "Cinnamon buns on a Sunday, as is tradition. Best bit of the week 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1093991324269024170"
          ],
          "editableUntil" : "2019-02-08T22:53:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Bath",
            "indices" : [
              "49",
              "54"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "4",
      "id_str" : "1093991324269024170",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1093991324269024170",
      "created_at" : "Fri Feb 08 21:53:51 +0000 2019",
      "favorited" : false,
      "full_text" : "Sat by the river with an ice cream. Happy days 😊 #Bath",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1077553573067788618"
          ],
          "editableUntil" : "2018-12-25T14:16:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "2",
      "id_str" : "1077553573067788618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1077553573067788618",
      "created_at" : "Tue Dec 25 13:16:06 +0000 2018",
      "favorited" : false,
      "full_text" : "Long run done, 12 miles and one wrong turn. No regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1067899421257839359"
          ],
          "editableUntil" : "2018-11-28T22:53:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "baking",
            "indices" : [
              "66",
              "73"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "6",
      "id_str" : "1067899421257839359",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1067899421257839359",
      "created_at" : "Wed Nov 28 21:53:57 +0000 2018",
      "favorited" : false,
      "full_text" : "Lemon drizzle for the neighbours. Tea first, then everything else #baking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1038416503666859637"
          ],
          "editableUntil" : "2018-09-08T14:19:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "6",
      "id_str" : "1038416503666859637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1038416503666859637",
      "created_at" : "Sat Sep 08 13:19:21 +0000 2018",
      "favorited" : false,
      "full_text" : "Walked up to the Skyline trail with the kids. Same again next week 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1035532040594313896"
          ],
          "editableUntil" : "2018-08-31T15:17:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1035532040594313896/photo/1",
            "indices" : [
              "66",
              "89"
            ],
            "url" : "https://t.co/U6rihgTwYe",
            "media_url" : "http://pbs.twimg.com/media/2Jcj5DAOfaPKQPD.jpg",
            "id_str" : "1035532018503771202",
            "media_url_https" : "https://pbs.twimg.com/media/2Jcj5DAOfaPKQPD.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/U6rihgTwYe",
            "id" : "1035532018503771202"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "7",
      "id_str" : "1035532040594313896",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1035532040594313896",
      "created_at" : "Fri Aug 31 14:17:32 +0000 2018",
      "favorited" : false,
      "full_text" : "Audiobook on the long run made the miles vanish. Not a bad day 🌧️ https://t.co/U6rihgTwYe",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/1035532040594313896/photo/1",
            "indices" : [
              "66",
              "89"
            ],
            "url" : "https://t.co/U6rihgTwYe",
            "media_url" : "http://pbs.twimg.com/media/2Jcj5DAOfaPKQPD.jpg",
            "id_str" : "1035532018503771202",
            "media_url_https" : "https://pbs.twimg.com/media/2Jcj5DAOfaPKQPD.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/U6rihgTwYe",
            "id" : "1035532018503771202"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1010582824628179962"
          ],
          "editableUntil" : "2018-06-23T18:58:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "1010582824628179962",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1010582824628179962",
      "created_at" : "Sat Jun 23 17:58:15 +0000 2018",
      "favorited" : false,
      "full_text" : "Intervals tonight. Ten out of ten 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "981794829012692905"
          ],
          "editableUntil" : "2018-04-05T08:25:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "baking",
            "indices" : [
              "68",
              "75"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kate Morgan",
            "screen_name" : "KateMorganBakes",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2990114762",
            "id" : "2990114762"
          }
        ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/981794829012692905/photo/1",
            "indices" : [
              "76",
              "99"
            ],
            "url" : "https://t.co/ejS5FK6xR9",
            "media_url" : "http://pbs.twimg.com/media/jPOwdJdn_BXbESG.jpg",
            "id_str" : "981794806952302322",
            "media_url_https" : "https://pbs.twimg.com/media/jPOwdJdn_BXbESG.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/ejS5FK6xR9",
            "id" : "981794806952302322"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "10",
      "id_str" : "981794829012692905",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "981794829012692905",
      "created_at" : "Thu Apr 05 07:25:02 +0000 2018",
      "favorited" : false,
      "full_text" : "@KateMorganBakes Scones with far too much jam. Best bit of the week #baking https://t.co/ejS5FK6xR9",
      "lang" : "en",
      "in_reply_to_status_id_str" : "981791053246484146",
      "in_reply_to_status_id" : "981791053246484146",
      "in_reply_to_user_id" : "2990114762",
      "in_reply_to_user_id_str" : "2990114762",
      "in_reply_to_screen_name" : "KateMorganBakes",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/981794829012692905/photo/1",
            "indices" : [
              "76",
              "99"
            ],
            "url" : "https://t.co/ejS5FK6xR9",
            "media_url" : "http://pbs.twimg.com/media/jPOwdJdn_BXbESG.jpg",
            "id_str" : "981794806952302322",
            "media_url_https" : "https://pbs.twimg.com/media/jPOwdJdn_BXbESG.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/ejS5FK6xR9",
            "id" : "981794806952302322"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "968582799311156309"
          ],
          "editableUntil" : "2018-02-27T21:25:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "13",
      "id_str" : "968582799311156309",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "968582799311156309",
      "created_at" : "Tue Feb 27 20:25:09 +0000 2018",
      "favorited" : false,
      "full_text" : "Cinnamon buns on a Sunday, as is tradition. Ten out of ten",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "952589039627762247"
          ],
          "editableUntil" : "2018-01-14T18:11:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "6",
      "id_str" : "952589039627762247",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "952589039627762247",
      "created_at" : "Sun Jan 14 17:11:39 +0000 2018",
      "favorited" : false,
      "full_text" : "Reread an old favourite on the sofa all afternoon. Could get used to this",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "937040489631078150"
          ],
          "editableUntil" : "2017-12-02T20:27:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "4",
      "id_str" : "937040489631078150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "937040489631078150",
      "created_at" : "Sat Dec 02 19:27:16 +0000 2017",
      "favorited" : false,
      "full_text" : "Gorgeous light over the Royal Crescent tonight. Small wins 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "932162864716702569"
          ],
          "editableUntil" : "2017-11-19T09:25:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "12",
      "id_str" : "932162864716702569",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "932162864716702569",
      "created_at" : "Sun Nov 19 08:25:20 +0000 2017",
      "favorited" : false,
      "full_text" : "Tidied the shed and found three bikes we forgot we had. Worth it!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "923229557380788084"
          ],
          "editableUntil" : "2017-10-25T17:47:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "1",
      "id_str" : "923229557380788084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "923229557380788084",
      "created_at" : "Wed Oct 25 16:47:33 +0000 2017",
      "favorited" : false,
      "full_text" : "Noah built a den out of every cushion we own. Legs have filed a complaint 😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "919106354159971278"
          ],
          "editableUntil" : "2017-10-14T08:43:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/919106354159971278/photo/1",
            "indices" : [
              "68",
              "91"
            ],
            "url" : "https://t.co/sPf87XsdB2",
            "media_url" : "http://pbs.twimg.com/media/n2XRGtRmCHEudAe.jpg",
            "id_str" : "919106333114924041",
            "media_url_https" : "https://pbs.twimg.com/media/n2XRGtRmCHEudAe.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/sPf87XsdB2",
            "id" : "919106333114924041"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "8",
      "id_str" : "919106354159971278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "919106354159971278",
      "created_at" : "Sat Oct 14 07:43:25 +0000 2017",
      "favorited" : false,
      "full_text" : "Flapjacks for the long run tomorrow. Legs have filed a complaint 🌧️ https://t.co/sPf87XsdB2",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/919106354159971278/photo/1",
            "indices" : [
              "68",
              "91"
            ],
            "url" : "https://t.co/sPf87XsdB2",
            "media_url" : "http://pbs.twimg.com/media/n2XRGtRmCHEudAe.jpg",
            "id_str" : "919106333114924041",
            "media_url_https" : "https://pbs.twimg.com/media/n2XRGtRmCHEudAe.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/sPf87XsdB2",
            "id" : "919106333114924041"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "915640868832157042"
          ],
          "editableUntil" : "2017-10-04T19:12:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "915640868832157042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "915640868832157042",
      "created_at" : "Wed Oct 04 18:12:49 +0000 2017",
      "favorited" : false,
      "full_text" : "Reread an old favourite on the sofa all afternoon. Ten out of ten!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "888096361057673655"
          ],
          "editableUntil" : "2017-07-20T19:00:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "10",
      "id_str" : "888096361057673655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "888096361057673655",
      "created_at" : "Thu Jul 20 18:00:47 +0000 2017",
      "favorited" : false,
      "full_text" : "Tidied the shed and found three bikes we forgot we had. Happy days!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "873519103461056191"
          ],
          "editableUntil" : "2017-06-10T13:35:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "11",
      "id_str" : "873519103461056191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "873519103461056191",
      "created_at" : "Sat Jun 10 12:35:58 +0000 2017",
      "favorited" : false,
      "full_text" : "Tried a focaccia and the dimpling was the best bit. The dog approves",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "873517311840427795"
          ],
          "editableUntil" : "2017-06-10T13:28:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vale Runners",
            "screen_name" : "ValeRunners",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1184730096",
            "id" : "1184730096"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "873517311840427795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "873517311840427795",
      "created_at" : "Sat Jun 10 12:28:50 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @ValeRunners: Well done to everyone who ran the relays this weekend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "850674993918076266"
          ],
          "editableUntil" : "2017-04-08T12:41:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/850674993918076266/photo/1",
            "indices" : [
              "29",
              "52"
            ],
            "url" : "https://t.co/qE8EzczGdd",
            "media_url" : "http://pbs.twimg.com/media/24B0or5xfQpNhxy.jpg",
            "id_str" : "850674970863049268",
            "media_url_https" : "https://pbs.twimg.com/media/24B0or5xfQpNhxy.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/qE8EzczGdd",
            "id" : "850674970863049268"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "10",
      "id_str" : "850674993918076266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "850674993918076266",
      "created_at" : "Sat Apr 08 11:41:37 +0000 2017",
      "favorited" : false,
      "full_text" : "Ice creams by the lighthouse https://t.co/qE8EzczGdd",
      "lang" : "en",
      "place" : {
        "name" : "Tenby",
        "full_name" : "Tenby, Wales",
        "country" : "United Kingdom",
        "country_code" : "GB",
        "place_type" : "city",
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "-4.7333",
                "51.6528"
              ],
              [
                "-4.6733",
                "51.6528"
              ],
              [
                "-4.6733",
                "51.6928"
              ],
              [
                "-4.7333",
                "51.6928"
              ]
            ]
          ]
        }
      },
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "-4.7033",
          "51.6728"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "51.6728",
          "-4.7033"
        ]
      },
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/850674993918076266/photo/1",
            "indices" : [
              "29",
              "52"
            ],
            "url" : "https://t.co/qE8EzczGdd",
            "media_url" : "http://pbs.twimg.com/media/24B0or5xfQpNhxy.jpg",
            "id_str" : "850674970863049268",
            "media_url_https" : "https://pbs.twimg.com/media/24B0or5xfQpNhxy.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/qE8EzczGdd",
            "id" : "850674970863049268"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "837392312241158264"
          ],
          "editableUntil" : "2017-03-02T21:00:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "baking",
            "indices" : [
              "78",
              "85"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kate Morgan",
            "screen_name" : "KateMorganBakes",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "2990114762",
            "id" : "2990114762"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "10",
      "id_str" : "837392312241158264",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "837392312241158264",
      "created_at" : "Thu Mar 02 20:00:59 +0000 2017",
      "favorited" : false,
      "full_text" : "@KateMorganBakes Banana bread rescue mission complete. Best bit of the week 😂 #baking",
      "lang" : "en",
      "in_reply_to_status_id_str" : "837388535043083274",
      "in_reply_to_status_id" : "837388535043083274",
      "in_reply_to_user_id" : "2990114762",
      "in_reply_to_user_id_str" : "2990114762",
      "in_reply_to_screen_name" : "KateMorganBakes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "804078684372705351"
          ],
          "editableUntil" : "2016-11-30T22:44:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "9",
      "id_str" : "804078684372705351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "804078684372705351",
      "created_at" : "Wed Nov 30 21:44:32 +0000 2016",
      "favorited" : false,
      "full_text" : "Trail loop up on the Skyline. Worth it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "763016995869283788"
          ],
          "editableUntil" : "2016-08-09T15:20:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/763016995869283788/photo/1",
            "indices" : [
              "36",
              "59"
            ],
            "url" : "https://t.co/zmVqUB33u2",
            "media_url" : "http://pbs.twimg.com/media/eukr89l1nyhBFFP.jpg",
            "id_str" : "763016973797346654",
            "media_url_https" : "https://pbs.twimg.com/media/eukr89l1nyhBFFP.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/zmVqUB33u2",
            "id" : "763016973797346654"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "763016995869283788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "763016995869283788",
      "created_at" : "Tue Aug 09 14:20:02 +0000 2016",
      "favorited" : false,
      "full_text" : "Beach day, everyone sandy and happy https://t.co/zmVqUB33u2",
      "lang" : "en",
      "place" : {
        "name" : "St Ives",
        "full_name" : "St Ives, England",
        "country" : "United Kingdom",
        "country_code" : "GB",
        "place_type" : "city",
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "-5.5097",
                "50.1939"
              ],
              [
                "-5.4497",
                "50.1939"
              ],
              [
                "-5.4497",
                "50.2339"
              ],
              [
                "-5.5097",
                "50.2339"
              ]
            ]
          ]
        }
      },
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "-5.4797",
          "50.2139"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "50.2139",
          "-5.4797"
        ]
      },
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/763016995869283788/photo/1",
            "indices" : [
              "36",
              "59"
            ],
            "url" : "https://t.co/zmVqUB33u2",
            "media_url" : "http://pbs.twimg.com/media/eukr89l1nyhBFFP.jpg",
            "id_str" : "763016973797346654",
            "media_url_https" : "https://pbs.twimg.com/media/eukr89l1nyhBFFP.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/zmVqUB33u2",
            "id" : "763016973797346654"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "752578578007560765"
          ],
          "editableUntil" : "2016-07-11T20:01:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "5",
      "id_str" : "752578578007560765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "752578578007560765",
      "created_at" : "Mon Jul 11 19:01:29 +0000 2016",
      "favorited" : false,
      "full_text" : "Easy 5 miles along the canal before anyone else was up. Send coffee!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "746443469421916804"
          ],
          "editableUntil" : "2016-06-24T21:42:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/746443469421916804/photo/1",
            "indices" : [
              "47",
              "70"
            ],
            "url" : "https://t.co/Fm7ikzhaGb",
            "media_url" : "http://pbs.twimg.com/media/kyybmo3mrcmXg9H.jpg",
            "id_str" : "746443451091458958",
            "media_url_https" : "https://pbs.twimg.com/media/kyybmo3mrcmXg9H.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/Fm7ikzhaGb",
            "id" : "746443451091458958"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "11",
      "id_str" : "746443469421916804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "746443469421916804",
      "created_at" : "Fri Jun 24 20:42:46 +0000 2016",
      "favorited" : false,
      "full_text" : "Parkrun with the dog, and she won. Worth it 🌧️ https://t.co/Fm7ikzhaGb",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jordanruns_bath/status/746443469421916804/photo/1",
            "indices" : [
              "47",
              "70"
            ],
            "url" : "https://t.co/Fm7ikzhaGb",
            "media_url" : "http://pbs.twimg.com/media/kyybmo3mrcmXg9H.jpg",
            "id_str" : "746443451091458958",
            "media_url_https" : "https://pbs.twimg.com/media/kyybmo3mrcmXg9H.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/Fm7ikzhaGb",
            "id" : "746443451091458958"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "716618774715665664"
          ],
          "editableUntil" : "2016-04-03T14:30:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "2",
      "id_str" : "716618774715665664",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "716618774715665664",
      "created_at" : "Sun Apr 03 13:30:04 +0000 2016",
      "favorited" : false,
      "full_text" : "Tempo run along the river. Bed by nine, clearly ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "715493136889464473"
          ],
          "editableUntil" : "2016-03-31T11:57:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "7",
      "id_str" : "715493136889464473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "715493136889464473",
      "created_at" : "Thu Mar 31 10:57:11 +0000 2016",
      "favorited" : false,
      "full_text" : "Lovely afternoon at the Holburne with my sister. No regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "710563729803624908"
          ],
          "editableUntil" : "2016-03-17T21:29:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "3",
      "id_str" : "710563729803624908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "710563729803624908",
      "created_at" : "Thu Mar 17 20:29:29 +0000 2016",
      "favorited" : false,
      "full_text" : "Carrot cake for Dan's birthday. Tea first, then everything else 🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "701392830910582314"
          ],
          "editableUntil" : "2016-02-21T14:07:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "12",
      "id_str" : "701392830910582314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "701392830910582314",
      "created_at" : "Sun Feb 21 13:07:36 +0000 2016",
      "favorited" : false,
      "full_text" : "Flapjacks for the long run tomorrow. Worth it 😊",
      "lang" : "en"
    }
  }
]