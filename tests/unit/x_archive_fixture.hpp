#pragma once
// Shared by the X archive importer tests: the importer, memory archives, and a small 2026-style
// archive (manifest, two tweet parts, media folder, people, settings, messages) in a wrapper
// folder as real zips have.
#include "audit/archive/archive.hpp"
#include "audit/archive/export_view.hpp"
#include "audit/importers/importer.hpp"
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

namespace audit::x_fixture {

using Files = std::vector<std::pair<std::string, std::string>>;

inline const Importer& x_importer() {
    for (const Importer& importer : all_importers())
        if (importer.id == "x_archive") return importer;
    FAIL("x_archive is not registered");
    throw 0;
}

inline ExportView view_of(Files files) {
    std::vector<std::unique_ptr<Archive>> parts;
    parts.push_back(memory_archive("twitter.zip", std::move(files)));
    return ExportView(std::move(parts));
}

inline Export import_files(Files files) {
    ExportView view = view_of(std::move(files));
    Export out;
    x_importer().import_export(view, out);
    return out;
}

// `window.YTD.<global>.part<part> = <json>`, as X writes every data file.
inline std::string ytd(const std::string& global, int part, const std::string& json) {
    return "window.YTD." + global + ".part" + std::to_string(part) + " = " + json;
}

inline const std::string k_root = "twitter-2026-11-01-5f1c/";

inline const char* const k_manifest = R"(window.__THAR_CONFIG = {
  "userInfo" : { "accountId" : "2847561930", "userName" : "jordanruns", "displayName" : "Jordan Ellis" },
  "archiveInfo" : { "generationDate" : "2026-11-01T09:00:00.000Z", "isPartialArchive" : false },
  "dataTypes" : {
    "account" : { "files" : [ { "fileName" : "data/account.js", "globalName" : "YTD.account.part0", "count" : "1" } ] },
    "profile" : { "files" : [ { "fileName" : "data/profile.js", "globalName" : "YTD.profile.part0", "count" : "1" } ] },
    "tweets" : { "mediaDirectory" : "data/tweets_media", "files" : [
      { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "4" },
      { "fileName" : "data/tweets-part1.js", "globalName" : "YTD.tweets.part1", "count" : "2" } ] },
    "tweetsMedia" : { "mediaDirectory" : "data/tweets_media" },
    "follower" : { "files" : [ { "fileName" : "data/follower.js", "globalName" : "YTD.follower.part0", "count" : "2" } ] },
    "following" : { "files" : [ { "fileName" : "data/following.js", "globalName" : "YTD.following.part0", "count" : "1" } ] },
    "block" : { "files" : [ { "fileName" : "data/block.js", "globalName" : "YTD.block.part0", "count" : "1" } ] },
    "protectedHistory" : { "files" : [ { "fileName" : "data/protected-history.js", "globalName" : "YTD.protected_history.part0", "count" : "2" } ] },
    "screenNameChange" : { "files" : [ { "fileName" : "data/screen-name-change.js", "globalName" : "YTD.screen_name_change.part0", "count" : "1" } ] },
    "phoneNumber" : { "files" : [ { "fileName" : "data/phone-number.js", "globalName" : "YTD.phone_number.part0", "count" : "1" } ] },
    "ageinfo" : { "files" : [ { "fileName" : "data/ageinfo.js", "globalName" : "YTD.ageinfo.part0", "count" : "1" } ] },
    "accountTimezone" : { "files" : [ { "fileName" : "data/account-timezone.js", "globalName" : "YTD.account_timezone.part0", "count" : "1" } ] },
    "directMessages" : { "mediaDirectory" : "data/direct_messages_media", "files" : [ { "fileName" : "data/direct-messages.js", "globalName" : "YTD.direct_messages.part0", "count" : "1" } ] },
    "ipAudit" : { "files" : [ { "fileName" : "data/ip-audit.js", "globalName" : "YTD.ip_audit.part0", "count" : "66" } ] },
    "like" : { "files" : [ { "fileName" : "data/like.js", "globalName" : "YTD.like.part0", "count" : "0" } ] }
  }
})";

inline const char* const k_tweets_part0 = R"([
  { "tweet" : {
      "id_str" : "1850000000000000001", "created_at" : "Sat Mar 14 16:02:11 +0000 2026",
      "full_text" : "Proud of my Year 4s at #RiversidePrimary today &amp; every day https://t.co/AbC https://t.co/PiC",
      "entities" : {
        "hashtags" : [ { "text" : "RiversidePrimary", "indices" : [ "23", "40" ] } ],
        "user_mentions" : [ ],
        "urls" : [ { "url" : "https://t.co/AbC", "expanded_url" : "https://riverside.sch.uk/news", "display_url" : "riverside.sch.uk/news" } ],
        "media" : [ { "url" : "https://t.co/PiC", "id_str" : "77", "type" : "photo",
                      "media_url_https" : "https://pbs.twimg.com/media/GxYz1.jpg" } ]
      },
      "extended_entities" : { "media" : [
        { "url" : "https://t.co/PiC", "id_str" : "77", "type" : "photo", "media_url_https" : "https://pbs.twimg.com/media/GxYz1.jpg" },
        { "url" : "https://t.co/PiC", "id_str" : "78", "type" : "video", "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/78/pu/img/Th.jpg",
          "video_info" : { "variants" : [
            { "content_type" : "application/x-mpegURL", "url" : "https://video.twimg.com/ext_tw_video/78/pu/pl/list.m3u8" },
            { "bitrate" : "256000", "content_type" : "video/mp4", "url" : "https://video.twimg.com/ext_tw_video/78/pu/vid/320x568/Low.mp4?tag=12" },
            { "bitrate" : "2176000", "content_type" : "video/mp4", "url" : "https://video.twimg.com/ext_tw_video/78/pu/vid/720x1280/High.mp4?tag=12" } ] } } ] }
  } },
  { "tweet" : {
      "id_str" : "1850000000000000002", "created_at" : "Sat Mar 14 16:02:11 +0000 2026",
      "full_text" : "Same second, second tweet", "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] } } },
  { "tweet" : {
      "id_str" : "1850000000000000003", "created_at" : "Mon Jun 01 09:30:00 +0100 2026",
      "full_text" : "RT @ValeRunners: Sunday long run from the park, 8am",
      "entities" : { "user_mentions" : [ { "name" : "Vale Runners", "screen_name" : "ValeRunners", "id_str" : "55" } ] } } },
  { "tweet" : {
      "id_str" : "1850000000000000004", "created_at" : "Tue Jul 04 18:00:00 +0000 2017",
      "full_text" : "@kate_m Back garden tea", "in_reply_to_screen_name" : "kate_m",
      "entities" : { "user_mentions" : [ { "screen_name" : "kate_m", "id_str" : "56" } ] },
      "coordinates" : { "type" : "Point", "coordinates" : [ "-2.3925", "51.3702" ] },
      "place" : { "full_name" : "Bath, England", "country" : "United Kingdom", "url" : "https://api.twitter.com/1.1/geo/id/1.json" } } }
])";

inline const char* const k_tweets_part1 = R"([
  { "tweet" : { "id_str" : "1850000000000000005", "created_at" : "Wed Dec 31 23:30:00 -0130 2025",
                "full_text" : "New year, new parkrun PB" } },
  { "tweet" : { "id_str" : "1850000000000000006", "created_at" : "not a date", "full_text" : "Undated" } }
])";

inline Files archive_2026() {
    return {
        {k_root + "Your archive.html", "<html></html>"},
        {k_root + "data/manifest.js", k_manifest},
        {k_root + "data/account.js",
         ytd("account", 0,
             R"([ { "account" : { "email" : "jordan.ellis.runs@example.com", "createdVia" : "web",
               "username" : "jordanruns", "accountId" : "2847561930",
               "createdAt" : "2014-03-02T20:11:09.000Z", "accountDisplayName" : "Jordan Ellis" } } ])")},
        {k_root + "data/profile.js",
         ytd("profile", 0,
             R"([ { "profile" : { "description" : { "bio" : "Year 4 teacher @RiversidePri",
               "website" : "https://t.co/xyz", "location" : "Bath, UK" } } } ])")},
        {k_root + "data/tweets.js", ytd("tweets", 0, k_tweets_part0)},
        {k_root + "data/tweets-part1.js", ytd("tweets", 1, k_tweets_part1)},
        {k_root + "data/tweets_media/1850000000000000001-GxYz1.jpg", "jpeg bytes"},
        {k_root + "data/tweets_media/1850000000000000001-High.mp4", "mp4 bytes"},
        {k_root + "data/follower.js",
         ytd("follower", 0,
             R"([ { "follower" : { "accountId" : "1001", "userLink" : "https://twitter.com/intent/user?user_id=1001" } },
                  { "follower" : { "accountId" : "1002", "userLink" : "https://twitter.com/intent/user?user_id=1002" } } ])")},
        {k_root + "data/following.js",
         ytd("following", 0, R"([ { "following" : { "accountId" : "2001" } } ])")},
        {k_root + "data/block.js",
         ytd("block", 0, R"([ { "blocking" : { "accountId" : "3001" } } ])")},
        {k_root + "data/protected-history.js",
         ytd("protected_history", 0,
             R"([ { "protectedHistory" : { "protectedAt" : "2026-06-10T20:01:02.000Z", "action" : "Protect" } },
                  { "protectedHistory" : { "protectedAt" : "2026-09-01T19:12:44.000Z", "action" : "Unprotect" } } ])")},
        {k_root + "data/screen-name-change.js",
         ytd("screen_name_change", 0,
             R"([ { "screenNameChange" : { "accountId" : "2847561930", "screenNameChange" : {
               "changedAt" : "2019-01-05T10:00:00.000Z", "changedFrom" : "MrsEllisY4", "changedTo" : "jordanruns" } } } ])")},
        {k_root + "data/phone-number.js",
         ytd("phone_number", 0, R"([ { "device" : { "phoneNumber" : "+447700900461" } } ])")},
        {k_root + "data/ageinfo.js",
         ytd("ageinfo", 0,
             R"([ { "ageMeta" : { "ageInfo" : { "age" : [ "40" ], "birthDate" : "1986-05-17" } } } ])")},
        {k_root + "data/account-timezone.js",
         ytd("account_timezone", 0,
             R"([ { "accountTimezone" : { "accountId" : "2847561930", "timeZone" : "London" } } ])")},
        {k_root + "data/direct-messages.js",
         ytd("direct_messages", 0,
             R"([ { "dmConversation" : { "conversationId" : "2847561930-900", "messages" : [
               { "messageCreate" : { "id" : "1", "senderId" : "900", "recipientId" : "2847561930",
                 "text" : "See https://t.co/dm1", "urls" : [ { "url" : "https://t.co/dm1", "expanded" : "https://example.com/a" } ],
                 "createdAt" : "2026-01-20T18:31:07.123Z" } },
               { "reactionCreate" : { "senderId" : "2847561930", "reactionKey" : "like" } },
               { "messageCreate" : { "id" : "2", "senderId" : "2847561930", "recipientId" : "900",
                 "text" : "Thanks!", "createdAt" : "2026-01-20T18:35:00.000Z" } } ] } } ])")},
    };
}

inline const Post& post_with(const Export& out, std::string_view text) {
    auto it = std::find_if(out.posts.begin(), out.posts.end(),
                           [text](const Post& p) { return p.text.starts_with(text); });
    REQUIRE(it != out.posts.end());
    return *it;
}

inline std::size_t count_relation(const Export& out, Relation r) {
    return static_cast<std::size_t>(
        std::count_if(out.connections.begin(), out.connections.end(),
                      [r](const Connection& c) { return c.relation == r; }));
}

inline bool has_field(const Export& out, FieldKind kind, std::string_view value,
                      bool current = true) {
    return std::any_of(out.profile.begin(), out.profile.end(), [&](const ProfileField& f) {
        return f.kind == kind && f.value == value && f.current == current;
    });
}

inline bool skipped_mentions(const Export& out, std::string_view words) {
    return std::any_of(out.skipped.begin(), out.skipped.end(), [&](const Skipped& s) {
        return s.why.find(words) != std::string::npos || s.what.find(words) != std::string::npos;
    });
}

inline std::string problems_of(const Export& out) {
    std::string text;
    for (const Problem& p : out.problems)
        text += p.file + ": " + p.message + "\n";
    return text;
}

} // namespace audit::x_fixture
