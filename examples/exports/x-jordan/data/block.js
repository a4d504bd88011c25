window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "4931582554721508716",
      "userLink" : "https://twitter.com/intent/user?user_id=4931582554721508716"
    }
  },
  {
    "blocking" : {
      "accountId" : "2585593682408549525",
      "userLink" : "https://twitter.com/intent/user?user_id=2585593682408549525"
    }
  }
]