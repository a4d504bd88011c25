#pragma once
// A small hand-built report for the writer tests: two sources, one finding per severity, one
// finding citing a borrowed clause, one pattern finding with instances, one with an https link,
// and evidence that tries to break every output format.
#include "reports/writer.hpp"
#include <sstream>
#include <string>

namespace audit::test {

inline constexpr std::string_view k_hostile_evidence =
    "so proud of my Year 4 class at R***** Primary <script>alert('x')</script> | *bold* _em_ & co";
inline constexpr std::string_view k_post_url = "https://www.facebook.com/jordan/posts/123?a=1&b=2";

inline Report sample_report() {
    Report r;
    r.tool_version = "0.1.0";
    r.generated_at = "2026-11-22T10:00:00Z";
    r.school = "Riverside Primary School";
    r.policy = "woodstock-ce-primary-2024";
    r.policy_title = "Woodstock CE Primary School \u2014 Social Media Policy";
    r.names_masked = true;

    r.sources.push_back(
        {"facebook-jordan.zip",
         Platform::facebook,
         Format::json,
         1234,
         210,
         {{"your_facebook_activity/posts/broken.json", "not valid JSON at byte 12"}}});
    r.sources.push_back({"instagram-jordan", Platform::instagram, Format::html, 300, 20, {}});

    Finding content;
    content.id = "f-00000000000000a1";
    content.check = "employer.content";
    content.title = "School named in a post";
    content.severity = Severity::high;
    content.confidence = 0.923;
    content.platform = Platform::facebook;
    content.location = {"your_facebook_activity/posts/your_posts_1.json",
                        "post 2025-03-14T16:02:11Z", "", std::string(k_post_url)};
    content.evidence = std::string(k_hostile_evidence);
    content.signals = {"school alias 'Riverside Primary' in text", "posted in school hours"};
    content.clauses = {{"woodstock-ce-primary-2024", "Staff Use of Personal Social Media",
                        "Staff members will not post any information which could identify a "
                        "pupil, class, or the school",
                        Strength::must}};
    content.remediation = {"Open Facebook > Profile > Manage posts", "Delete the post or edit out "
                                                                     "the school's name"};
    r.findings.push_back(content);

    Finding message;
    message.id = "f-00000000000000b2";
    message.check = "contact.pupil-message";
    message.title = "Messages with a pupil";
    message.severity = Severity::medium;
    message.confidence = 0.7;
    message.platform = Platform::instagram;
    message.location = {"your_instagram_activity/messages/inbox/sam_1/message_1.html",
                        "conversation with S** 2025-05-02", "media/photo_7.jpg", ""};
    message.evidence = "see you in class tomorrow \u00E9l\u00E8ve";
    message.signals = {"pupil name in the conversation"};
    message.clauses = {{"bath-wells-mat-2016", "4.3.1",
                        "Staff must not use personal social media to communicate with pupils",
                        Strength::must}};
    message.borrowed_clauses = true;
    message.remediation = {"Tell the designated safeguarding lead", "Stop replying"};
    message.status = "persisting";
    r.findings.push_back(message);

    Finding hours;
    hours.id = "f-00000000000000c3";
    hours.check = "usage.school-hours";
    hours.title = "Posting during the school day";
    hours.severity = Severity::low;
    hours.confidence = 0.61;
    hours.platform = Platform::facebook;
    hours.location = {"your_facebook_activity/posts/your_posts_1.json", "3 posts", "", ""};
    hours.evidence = "3 posts between 08:40 and 15:20 on term days";
    hours.signals = {"posted in school hours"};
    hours.clauses = {{"woodstock-ce-primary-2024", "Staff Use of Personal Social Media",
                      "not access personal social media platforms during school hours",
                      Strength::should}};
    hours.remediation = {"Post outside school hours"};
    hours.instances = {
        {{"your_facebook_activity/posts/your_posts_1.json", "post 2025-03-03T10:15:00Z", "",
          "https://www.facebook.com/jordan/posts/1"},
         "coffee break <b>again</b>"},
        {{"your_facebook_activity/posts/your_posts_1.json", "post 2025-03-04T11:00:00Z",
          "your_facebook_activity/posts/media/2.jpg", ""},
         "playground duty"},
        {{"your_facebook_activity/posts/your_posts_1.json", "post 2025-03-05T13:30:00Z", "",
          "http://insecure.example/post/3"},
         "lunch"}};
    r.findings.push_back(hours);

    Finding account;
    account.id = "f-00000000000000d4";
    account.check = "privacy.public-account";
    account.title = "Public account";
    account.severity = Severity::review;
    account.confidence = 0.4;
    account.platform = Platform::instagram;
    account.location = {"account_information/account_privacy_changes.html", "account privacy", "",
                        "javascript:alert(1)"};
    account.evidence = "";
    account.signals = {"no privacy setting in the export"};
    account.remediation = {"Open Instagram > Settings > Account privacy",
                           "Turn on Private account"};
    r.findings.push_back(account);

    r.coverage.scanned = {{"posts", 120}, {"comments", 40},     {"messages", 12},
                          {"media", 230}, {"connections", 300}, {"searches", 5}};
    r.coverage.skipped = {{"Facebook messages", "not in this export"}};
    return r;
}

// The sample report as a second annual check sees it: one finding accepted in the baseline, a
// comparison with last year's report (one finding fixed since), a photo finding, trainer
// redaction and stage timings, so that every section of every writer has something to show.
inline Report sample_report_with_history() {
    Report r = sample_report();
    r.findings[1].status = "new";
    r.findings[0].status = "persisting";

    Finding photo;
    photo.id = "f-00000000000000e5";
    photo.check = "image.pupil-face";
    photo.title = "Photo that may show pupils";
    photo.severity = Severity::medium;
    photo.confidence = 0.66;
    photo.platform = Platform::facebook;
    photo.location = {"your_facebook_activity/posts/your_posts_1.json", "post 2019-06-21T12:00:00Z",
                      "your_facebook_activity/posts/media/sports day.jpg", ""};
    photo.evidence = "2 faces, school logo";
    photo.signals = {"faces of children", "school logo on a jumper"};
    photo.remediation = {"Delete the photo or crop the children out"};
    r.findings.push_back(photo);

    Finding accepted;
    accepted.id = "f-00000000000000f6";
    accepted.check = "employer.profile";
    accepted.title = "School named as employer";
    accepted.severity = Severity::low;
    accepted.confidence = 0.95;
    accepted.platform = Platform::linkedin;
    accepted.location = {"Profile.csv", "profile headline", "", ""};
    accepted.status = "accepted";
    accepted.accepted_reason = "the head agreed LinkedIn may name the school";
    accepted.accepted_until = "2027-11-22";
    r.findings.push_back(accepted);

    Finding fixed;
    fixed.id = "f-0000000000000107";
    fixed.check = "contact.pupil-follow";
    fixed.title = "Following a pupil";
    fixed.severity = Severity::high;
    fixed.platform = Platform::instagram;
    fixed.location = {"connections/following.html", "following s***", "", ""};
    r.previous = Comparison{"2025-11-20T09:00:00Z", {fixed}};
    r.redacted = true;
    r.timings = {{"import", 0.5, 0.4}, {"checks", 1.25, 2.5}};
    r.peak_rss_kb = 81920;
    return r;
}

inline std::string render(const Writer& writer, const Report& report, TerminalStyle style = {}) {
    std::ostringstream out;
    writer.write(report, out, style);
    return out.str();
}

inline const Writer& writer_for(std::string_view format) {
    const Writer* writer = find_writer(format);
    if (writer == nullptr) throw std::runtime_error("no writer for " + std::string(format));
    return *writer;
}

} // namespace audit::test
