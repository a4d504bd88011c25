window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jordan.ellis.runs@example.com",
      "createdVia" : "web",
      "username" : "jordanruns_bath",
      "accountId" : "2847561930",
      "createdAt" : "2014-03-02T20:11:09.000Z",
      "accountDisplayName" : "Jordan Ellis"
    }
  }
]