#include "audit/pipeline/redactor.hpp"
#include "audit/text/contacts.hpp"
#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace audit {

namespace {

// Capitalised words that say nothing about a person or a place: kept so evidence still reads
// as a sentence ("My class at R******** P******").
constexpr std::array<std::string_view, 64> k_common_words = {
    "A",      "An",      "And",       "The",      "I",      "I'm",      "I've",   "My",
    "Our",    "We",      "You",       "Your",     "He",     "She",      "They",   "It",
    "This",   "That",    "These",     "Those",    "So",     "But",      "Or",     "If",
    "When",   "What",    "Who",       "Why",      "How",    "Is",       "Are",    "Was",
    "Do",     "Don't",   "Not",       "No",       "Yes",    "Just",     "Off",    "On",
    "In",     "At",      "To",        "For",      "Of",     "With",     "From",   "Year",
    "Class",  "Great",   "Proud",     "Well",     "Thanks", "Thank",    "Happy",  "Good",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today"};

bool is_word_byte(unsigned char c) {
    return std::isalnum(c) || c == '\'' || c >= 0x80;
}

// Masks a byte range: each word keeps its first letter, digits become '#'.
void mask_range(std::string& text, std::size_t begin, std::size_t end) {
    std::string masked = mask_words(std::string_view(text).substr(begin, end - begin));
    text.replace(begin, end - begin, masked);
}

// Replaces each range found by `finder` (back to front, so earlier offsets stay valid).
template <class Finder>
void replace_found(std::string& text, Finder finder, std::string_view placeholder) {
    auto found = finder(text);
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.begin > b.begin; });
    std::size_t limit = text.size();
    for (const Found& f : found) {
        if (f.end > limit || f.begin >= f.end) continue; // overlaps one already replaced
        text.replace(f.begin, f.end - f.begin, placeholder);
        limit = f.begin;
    }
}

void replace_links(std::string& text) {
    for (std::string_view scheme : {"https://", "http://", "www."}) {
        std::size_t pos = 0;
        while ((pos = text.find(scheme, pos)) != std::string::npos) {
            std::size_t end = pos;
            while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) &&
                   text[end] != '"' && text[end] != '\'' && text[end] != ')')
                ++end;
            text.replace(pos, end - pos, "[link]");
            pos += 6;
        }
    }
}

void mask_capitalised(std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (!is_word_byte(c) || (i > 0 && is_word_byte(static_cast<unsigned char>(text[i - 1])))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end])))
            ++end;
        std::string_view word = std::string_view(text).substr(i, end - i);
        // Accented Latin initials (Ö, Ł: lead bytes C3–C5) count as capitals; emoji and other
        // scripts do not.
        const bool capital = std::isupper(c) || (c >= 0xC3 && c <= 0xC5);
        const bool common =
            std::find(k_common_words.begin(), k_common_words.end(), word) != k_common_words.end();
        if (capital && !common && word.size() > 1) mask_range(text, i, end);
        i = end;
    }
}

void mask_digits(std::string& text) {
    std::replace_if(
        text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }, '#');
}

} // namespace

Redactor::Redactor(const SchoolProfile& profile)
    : m_names(profile, {RosterKind::pupils, RosterKind::ex_pupils, RosterKind::parents,
                        RosterKind::colleagues}) {}

std::string Redactor::label(std::string_view text) const {
    std::string out = m_names.mask(text);
    replace_links(out);
    replace_found(
        out, [](std::string_view t) { return find_emails(t); }, "[e-mail]");
    replace_found(
        out, [](std::string_view t) { return find_phones(t); }, "[phone]");
    replace_found(
        out, [](std::string_view t) { return find_postcodes(t); }, "[postcode]");
    return out;
}

std::string Redactor::item(std::string_view text) const {
    std::string out = label(text);
    mask_capitalised(out);
    return out;
}

std::string Redactor::evidence(std::string_view text) const {
    std::string out = label(text);
    mask_capitalised(out);
    mask_digits(out);
    return out;
}

namespace {

void redact_location(Location& l, const Redactor& r) {
    l.file = r.label(l.file);
    l.item = r.item(l.item);
    l.media = r.label(l.media);
    l.url.clear(); // an account's address says whose it is
}

void redact_finding(Finding& f, const Redactor& r) {
    redact_location(f.location, r);
    f.evidence = r.evidence(f.evidence);
    for (std::string& s : f.signals)
        s = r.evidence(s);
    for (std::string& step : f.remediation)
        step = r.label(step);
    for (Instance& i : f.instances) {
        redact_location(i.location, r);
        i.evidence = r.evidence(i.evidence);
    }
    f.accepted_reason = r.evidence(f.accepted_reason);
}

} // namespace

void redact_report(Report& report, const Redactor& r) {
    for (Finding& f : report.findings)
        redact_finding(f, r);
    if (report.previous)
        for (Finding& f : report.previous->fixed)
            redact_finding(f, r);
    std::size_t n = 0;
    for (SourceSummary& s : report.sources) {
        // The export's path often carries the account holder's name ("facebook-jordan.zip").
        s.path =
            "export " + std::to_string(++n) + " (" + std::string(display_name(s.platform)) + ")";
        for (Problem& p : s.problems)
            p.message = r.label(p.message);
    }
    for (Skipped& s : report.coverage.skipped) {
        s.what = r.label(s.what);
        s.why = r.label(s.why);
    }
    report.names_masked = true;
    report.redacted = true;
}

} // namespace audit
