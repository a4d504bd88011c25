window.YTD.ip_audit.part0 = [
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2026-04-14T20:21:42.000Z",
      "loginIp" : "192.0.2.17"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2026-03-16T21:56:20.000Z",
      "loginIp" : "192.0.2.17"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2026-01-15T19:18:20.000Z",
      "loginIp" : "192.0.2.54"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2026-01-13T12:21:40.000Z",
      "loginIp" : "198.51.100.23"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2025-05-27T16:07:49.000Z",
      "loginIp" : "192.0.2.17"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2024-04-26T20:41:26.000Z",
      "loginIp" : "192.0.2.54"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2023-06-21T18:16:42.000Z",
      "loginIp" : "192.0.2.17"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2022-08-28T15:17:37.000Z",
      "loginIp" : "192.0.2.54"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2020-10-04T07:01:29.000Z",
      "loginIp" : "192.0.2.54"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2018-09-20T18:00:55.000Z",
      "loginIp" : "192.0.2.17"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2018-01-09T21:49:13.000Z",
      "loginIp" : "192.0.2.17"
    }
  },
  {
    "ipAudit" : {
      "accountId" : "2847561930",
      "createdAt" : "2016-10-06T19:40:11.000Z",
      "loginIp" : "192.0.2.17"
    }
  }
]