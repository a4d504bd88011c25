window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "2847561930",
      "screenNameChange" : {
        "changedAt" : "2019-01-05T21:40:13.000Z",
        "changedFrom" : "JordanEllis86",
        "changedTo" : "jordanruns_bath"
      }
    }
  }
]