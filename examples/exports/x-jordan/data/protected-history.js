window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2026-05-14T20:03:51.000Z",
      "action" : "Protect"
    }
  },
  {
    "protectedHistory" : {
      "protectedAt" : "2026-09-01T19:12:44.000Z",
      "action" : "Unprotect"
    }
  }
]