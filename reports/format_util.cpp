#include "reports/format_util.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace audit {

namespace {

constexpr std::uint32_t k_replacement = 0xFFFD;
constexpr std::array<std::string_view, 5> k_contract_scanned = {"posts", "comments", "messages",
                                                                "media", "connections"};

struct LeadByte {
    std::size_t length; // bytes in the sequence; 0 when the byte cannot start one
    std::uint32_t bits;
    std::uint32_t minimum; // smaller values are overlong encodings
};

LeadByte classify_lead(unsigned char lead) {
    if ((lead & 0xE0) == 0xC0) return {2, lead & 0x1Fu, 0x80};
    if ((lead & 0xF0) == 0xE0) return {3, lead & 0x0Fu, 0x800};
    if ((lead & 0xF8) == 0xF0) return {4, lead & 0x07u, 0x10000};
    return {0, 0, 0};
}

// Decodes the code point starting at text[i] into `cp` and returns the bytes it took. An invalid
// or truncated sequence takes one byte and decodes as U+FFFD.
std::size_t decode_utf8(std::string_view text, std::size_t i, std::uint32_t& cp) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
        cp = lead;
        return 1;
    }
    const auto [length, bits, minimum] = classify_lead(lead);
    cp = bits;
    if (length == 0 || i + length > text.size()) {
        cp = k_replacement;
        return 1;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) {
            cp = k_replacement;
            return 1;
        }
        cp = (cp << 6) | (next & 0x3Fu);
    }
    const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (cp < minimum || cp > 0x10FFFF || surrogate) {
        cp = k_replacement;
        return 1;
    }
    return length;
}

void append_utf8(std::uint32_t cp, std::string& out) {
    auto byte = [&out](std::uint32_t value) { out += static_cast<char>(value & 0xFFu); };
    if (cp < 0x80) {
        byte(cp);
    } else if (cp < 0x800) {
        byte(0xC0 | (cp >> 6));
        byte(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        byte(0xE0 | (cp >> 12));
        byte(0x80 | ((cp >> 6) & 0x3F));
        byte(0x80 | (cp & 0x3F));
    } else {
        byte(0xF0 | (cp >> 18));
        byte(0x80 | ((cp >> 12) & 0x3F));
        byte(0x80 | ((cp >> 6) & 0x3F));
        byte(0x80 | (cp & 0x3F));
    }
}

// Breaks and controls (C0, DEL, C1, line/paragraph separators) all read as a space.
bool is_space_like(std::uint32_t cp) {
    return cp <= 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

// Bidi embeddings, overrides and isolates can make text display in a different order from the
// one it is stored in; a byte order mark is invisible noise.
bool is_dropped(std::uint32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

bool is_markdown_special(char c) {
    constexpr std::string_view k_special = "\\`*_[]<>|~&";
    return k_special.find(c) != std::string_view::npos;
}

// Where text would start a Markdown block (heading, list item, thematic or setext line) when it
// comes first on a line or right after a list marker: the index of the character to escape, or
// npos. An ordered-list marker needs a space or the end after it, so "0.1.0" is left alone.
std::size_t block_marker_at_start(std::string_view text) {
    if (text.empty()) return std::string_view::npos;
    if (std::string_view("#-+=").find(text.front()) != std::string_view::npos) return 0;
    std::size_t digits = 0;
    while (digits < text.size() && digits < 10 && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    const std::size_t after = digits + 1;
    const bool marker = digits > 0 && digits < text.size() &&
                        (text[digits] == '.' || text[digits] == ')') &&
                        (after == text.size() || text[after] == ' ');
    return marker ? digits : std::string_view::npos;
}

} // namespace

std::string_view severity_label(Severity s) {
    switch (s) {
    case Severity::high: return "High";
    case Severity::medium: return "Medium";
    case Severity::low: return "Low";
    case Severity::review: return "Review";
    }
    return "Review";
}

std::string_view severity_tag(Severity s) {
    switch (s) {
    case Severity::high: return "HIGH";
    case Severity::medium: return "MEDIUM";
    case Severity::low: return "LOW";
    case Severity::review: return "REVIEW";
    }
    return "REVIEW";
}

std::string_view confidence_words(double confidence) {
    const double c = rounded_confidence(confidence);
    if (c >= 0.85) return "very likely";
    if (c >= 0.6) return "likely";
    return "possible";
}

double rounded_confidence(double confidence) {
    if (std::isnan(confidence)) return 0;
    const double clamped = std::clamp(confidence, 0.0, 1.0);
    return std::round(clamped * 100.0) / 100.0;
}

std::string confidence_text(double confidence) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", rounded_confidence(confidence));
    return buffer;
}

std::string confidence_sentence(double confidence) {
    return std::string(confidence_words(confidence)) + " (" + confidence_text(confidence) + ")";
}

std::string_view status_words(std::string_view status) {
    if (status == "persisting") return "still there since the last audit";
    if (status == "reappeared") return "came back after it was fixed";
    if (status == "accepted") return "accepted in your baseline";
    if (status == "new") return "new";
    return status;
}

std::string count_of(std::size_t n, std::string_view singular, std::string_view plural) {
    return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

std::size_t to_fix_count(const Report& report) {
    return static_cast<std::size_t>(std::count_if(
        report.findings.begin(), report.findings.end(),
        [](const Finding& f) { return f.severity != Severity::review && !is_accepted(f); }));
}

std::size_t accepted_count(const Report& report) {
    return static_cast<std::size_t>(
        std::count_if(report.findings.begin(), report.findings.end(), is_accepted));
}

bool is_accepted(const Finding& finding) { return finding.status == "accepted"; }

std::string summary_line(const Report& report) {
    const std::size_t fix = to_fix_count(report);
    const std::size_t accepted = accepted_count(report);
    const std::size_t review = report.findings.size() - fix - accepted;
    std::string line = fix == 0 ? "Nothing to fix" : count_of(fix, "thing to fix", "things to fix");
    line += review == 0 ? ", nothing to review" : ", " + std::to_string(review) + " to review";
    if (accepted) line += ", " + std::to_string(accepted) + " accepted";
    return line;
}

std::string privacy_note(const Report& report) {
    std::string note = "Keep this report private: it quotes your own posts, messages and profile.";
    note += report.names_masked
                ? " Names of pupils and other people are masked."
                : " Names are shown unmasked, so take extra care where you keep or share it.";
    if (report.redacted)
        note += " Trainer mode (--redact): all personal evidence (names, numbers, places, "
                "addresses) is masked too.";
    return note;
}

std::string_view finding_title(const Finding& finding) {
    return finding.title.empty() ? std::string_view(finding.check)
                                 : std::string_view(finding.title);
}

std::string link_text(Platform platform) {
    return "Open on " + std::string(display_name(platform));
}

std::string anchor_id(std::string_view id) {
    std::string anchor;
    for (char c : id) {
        const bool word =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (word || c == '-' || c == '_') anchor += c;
    }
    return anchor.empty() ? "finding" : anchor;
}

std::string clause_citation(const Clause& clause) {
    if (clause.ref.empty()) return clause.policy;
    const bool numbered = clause.ref.front() >= '0' && clause.ref.front() <= '9';
    if (numbered) return clause.policy + " " + clause.ref;
    return clause.policy + ", section \u201C" + clause.ref + "\u201D";
}

std::string borrowed_intro(const Clause& clause) {
    return "Your school's policy has no clause for this; a similar policy, " +
           clause_citation(clause) + ", says:";
}

std::vector<Platform> platforms_with_findings(const Report& report) {
    constexpr std::array<Platform, 5> k_order = {Platform::facebook, Platform::instagram,
                                                 Platform::x, Platform::linkedin, Platform::tiktok};
    std::vector<Platform> present;
    for (Platform p : k_order) {
        const bool any = std::any_of(report.findings.begin(), report.findings.end(),
                                     [p](const Finding& f) { return f.platform == p; });
        if (any) present.push_back(p);
    }
    return present;
}

std::vector<std::pair<std::string, std::size_t>> scanned_counts(const Coverage& coverage) {
    std::vector<std::pair<std::string, std::size_t>> counts;
    for (std::string_view kind : k_contract_scanned) {
        const auto it = coverage.scanned.find(std::string(kind));
        counts.emplace_back(std::string(kind), it == coverage.scanned.end() ? 0 : it->second);
    }
    for (const auto& [kind, n] : coverage.scanned) {
        const bool listed = std::find(k_contract_scanned.begin(), k_contract_scanned.end(), kind) !=
                            k_contract_scanned.end();
        if (!listed) counts.emplace_back(kind, n);
    }
    return counts;
}

std::vector<std::pair<std::string_view, std::string>> where_rows(const Location& location) {
    std::vector<std::pair<std::string_view, std::string>> rows;
    if (!location.item.empty()) rows.emplace_back("Item", location.item);
    if (!location.file.empty()) rows.emplace_back("File", location.file);
    if (!location.media.empty()) rows.emplace_back("Media", location.media);
    return rows;
}

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp = 0;
        i += decode_utf8(text, i, cp);
        if (is_space_like(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (is_dropped(cp)) continue;
        if (pending_space) out += ' ';
        pending_space = false;
        append_utf8(cp, out);
    }
    return out;
}

std::string escape_html(std::string_view text) {
    const std::string clean = clean_text(text);
    std::string out;
    out.reserve(clean.size() + clean.size() / 8);
    for (char c : clean) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string escape_markdown(std::string_view text) {
    const std::string clean = clean_text(text);
    const std::size_t marker = block_marker_at_start(clean);
    std::string out;
    out.reserve(clean.size() + clean.size() / 8);
    for (std::size_t i = 0; i < clean.size(); ++i) {
        if (is_markdown_special(clean[i]) || i == marker) out += '\\';
        out += clean[i];
    }
    return out;
}

bool is_safe_link(std::string_view url) {
    constexpr std::string_view k_scheme = "https://";
    constexpr std::size_t k_max_length = 2048;
    if (url.size() <= k_scheme.size() || url.size() > k_max_length) return false;
    if (url.substr(0, k_scheme.size()) != k_scheme) return false;
    return std::all_of(url.begin(), url.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        const bool printable_ascii = byte > 0x20 && byte < 0x7F;
        return printable_ascii && std::string_view("\"'<>`\\").find(c) == std::string_view::npos;
    });
}

std::size_t display_width(std::string_view utf8) {
    std::size_t columns = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        std::uint32_t cp = 0;
        i += decode_utf8(utf8, i, cp);
        ++columns;
    }
    return columns;
}

std::string truncate_to_width(std::string_view utf8, std::size_t width) {
    if (display_width(utf8) <= width) return std::string(utf8);
    if (width == 0) return "";
    std::size_t end = 0;
    for (std::size_t kept = 0; kept + 1 < width && end < utf8.size(); ++kept) {
        std::uint32_t cp = 0;
        end += decode_utf8(utf8, end, cp);
    }
    return std::string(utf8.substr(0, end)) + "\u2026";
}

std::string comparison_summary(const Report& report) {
    if (!report.previous) return "";
    std::size_t fresh = 0, persisting = 0, reappeared = 0;
    for (const Finding& f : report.findings) {
        if (f.status == "new") ++fresh;
        if (f.status == "persisting") ++persisting;
        if (f.status == "reappeared") ++reappeared;
    }
    std::string since = report.previous->previous_generated_at.substr(0, 10);
    std::string out = std::to_string(report.previous->fixed.size()) + " fixed";
    if (!since.empty()) out += " since " + since;
    out += ", " + std::to_string(fresh) + " new";
    if (persisting) out += ", " + std::to_string(persisting) + " still there";
    if (reappeared) out += ", " + std::to_string(reappeared) + " came back";
    return out;
}

} // namespace audit
