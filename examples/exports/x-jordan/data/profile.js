window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Year 4 teacher @RiversidePri 🍎 Mum of two, parkrun addict, sourdough botherer. Bath.",
        "website" : "https://t.co/Rk3vQ8xZ1a",
        "location" : "Bath, England"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1712209911/Jx2mQ_400x400.jpg"
    }
  }
]