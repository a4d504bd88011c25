window.YTD.account_timezone.part0 = [
  {
    "accountTimezone" : {
      "accountId" : "2847561930",
      "timeZone" : "London"
    }
  }
]