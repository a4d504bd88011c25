window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "40"
        ],
        "birthDate" : "1986-05-17"
      }
    }
  }
]