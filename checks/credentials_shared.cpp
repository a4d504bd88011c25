// credentials.shared — passwords, log-ins, PINs and codes posted or sent. A cue word
// (credential_cues.txt) counts only when a value that looks like a secret follows it; the report
// shows the cue and masks the value itself.
#include "checks/shared/text_findings.hpp"
#include "audit/text/normalise.hpp"
#include <algorithm>
#include <cctype>
#include <optional>

namespace audit {

namespace {

constexpr std::string_view k_mask = "******";
constexpr std::size_t k_max_tokens = 8;
constexpr int k_max_fillers = 4;
constexpr double k_explicit = 0.1;
constexpr double k_looks_secret = 0.1;
constexpr double k_pair = 0.15;

// Words that come between a cue and its value ("password for the class blog is …").
const std::vector<std::string_view> k_fillers = {
    "for", "the", "our", "my", "class", "blog", "wifi", "wi-fi", "school", "account", "it", "now",
    "still", "just", "this", "today", "new", "number", "to", "on", "of", "staff", "portal", "site"};
// Words that follow "password is" without being one.
const std::vector<std::string_view> k_not_secrets = {
    "the", "a", "an", "same", "different", "wrong", "incorrect", "expired", "changed", "reset",
    "required", "needed", "weak", "strong", "secure", "hint", "here", "below", "above",
    "attached", "in", "on", "at", "to", "for", "still", "now", "not", "too", "so", "easy",
    "hard", "long", "short", "case", "what", "why", "how", "and", "or", "but", "my", "your",
    "their", "our", "his", "her", "it", "this", "that", "blank", "empty", "being", "going",
    "please", "ok", "okay", "usual", "written", "saved", "stored", "protected", "locked",
    "sensitive", "working", "broken", "fine", "no", "never", "always", "somewhere", "lost"};

bool one_of(const std::vector<std::string_view>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Whitespace-separated tokens after `from`, trimmed of quotes and closing punctuation.
std::vector<std::pair<std::size_t, std::size_t>> tokens_after(std::string_view text, std::size_t from) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t pos = from;
    while (out.size() < k_max_tokens && pos < text.size()) {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
        std::size_t end = pos;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
        if (end == pos) break;
        std::size_t b = pos, e = end;
        while (b < e && std::string_view("\"'(").find(text[b]) != std::string_view::npos) ++b;
        while (e > b && std::string_view("\"'),.;!?").find(text[e - 1]) != std::string_view::npos) --e;
        out.emplace_back(b, e == b ? end : e);
        pos = end;
    }
    return out;
}

bool looks_secret(std::string_view v) {
    bool digit = false, symbol = false, inner_upper = false, letter = false;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto c = static_cast<unsigned char>(v[i]);
        digit |= std::isdigit(c) != 0;
        letter |= std::isalpha(c) != 0;
        symbol |= std::ispunct(c) != 0;
        inner_upper |= i > 0 && std::isupper(c) != 0;
    }
    return v.size() >= 6 && letter && (digit || symbol || inner_upper);
}

bool all_digits(std::string_view v) {
    return !v.empty() && std::all_of(v.begin(), v.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

bool has_digit(std::string_view v) {
    return std::any_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

struct Secret {
    std::size_t cue_begin = 0;
    std::size_t begin = 0; // the value to mask
    std::size_t end = 0;
    ScoredTerm term;
};

// Whether `value` is a secret of the cue's kind.
std::optional<std::string> accept(const WordEntry& cue, std::string_view value, bool explicit_sep) {
    const std::string word = lower(value);
    if (value.size() > 64 || one_of(k_not_secrets, word)) return std::nullopt;
    if (cue.has("pin"))
        return value.size() >= 4 && value.size() <= 8 && all_digits(value)
                   ? std::optional<std::string>("a PIN follows") : std::nullopt;
    if (cue.has("code"))
        return value.size() >= 4 && value.size() <= 12 && has_digit(value)
                   ? std::optional<std::string>("a code follows") : std::nullopt;
    if (looks_secret(value)) return "a value with digits, symbols or capitals follows";
    if (value.size() >= 4 && value.size() <= 12 && all_digits(value)) return "a number follows";
    if (cue.has("secret") && explicit_sep && value.size() >= 4) return "a word follows 'is' or ':'";
    return std::nullopt;
}

bool is_separator_word(std::string_view word) {
    // "s" is what is left of "password's".
    return word == "is" || word == "s" || word == "are" || word == "was" || word == "=" || word == "-" ||
           word == "\xE2\x80\x93";
}

// Where the value after a cue starts: the token after "is", ":" or "=" within the first few
// tokens (`explicit_sep` set), else the first token that is not a filler word.
std::optional<std::pair<std::size_t, std::size_t>>
value_token(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& tokens,
            bool& explicit_sep) {
    constexpr std::size_t k_separator_within = 6;
    for (std::size_t i = 0; i < tokens.size() && i < k_separator_within; ++i) {
        const auto [b, e] = tokens[i];
        const std::string_view token = text.substr(b, e - b);
        const bool leading = !token.empty() && (token.front() == ':' || token.front() == '=');
        const bool trailing = token.size() > 1 && token.back() == ':';
        if (leading || trailing || is_separator_word(lower(token))) {
            explicit_sep = true;
            if (leading && token.size() > 1) return std::pair{b + 1, e};
            if (i + 1 < tokens.size()) return tokens[i + 1];
            return std::nullopt;
        }
    }
    int fillers = 0;
    for (const auto& t : tokens) {
        if (!one_of(k_fillers, lower(text.substr(t.first, t.second - t.first)))) return t;
        if (++fillers > k_max_fillers) break;
    }
    return std::nullopt;
}

// The secret after one cue, if any, including "user / password" pairs after log-in cues.
std::optional<Secret> secret_after(std::string_view text, const ScoredTerm& cue) {
    const auto tokens = tokens_after(text, cue.end);
    bool explicit_sep = false;
    const auto value = value_token(text, tokens, explicit_sep);
    if (!value || (cue.entry->has("explicit") && !explicit_sep)) return std::nullopt;
    const auto [b, e] = *value;
    const std::string_view token = text.substr(b, e - b);
    Secret s{cue.begin, b, e, cue};
    if (explicit_sep) s.term.add("'is' or ':' after it", k_explicit);
    if (cue.entry->has("login")) {
        // "oakclass / Conker!Oak24" or "oakclass/Conker!Oak24": the second half is the secret.
        const auto next = std::find(tokens.begin(), tokens.end(), *value);
        const bool pair_next = next != tokens.end() && next + 2 < tokens.end() &&
                               text.substr((next + 1)->first, (next + 1)->second - (next + 1)->first) == "/";
        const auto slash = token.find('/');
        if (pair_next || (slash != std::string_view::npos && slash > 0 && slash + 1 < token.size())) {
            const auto [pb, pe] = pair_next ? *(next + 2) : std::pair{b + slash + 1, e};
            if (pe - pb < 4) return std::nullopt;
            s.begin = pb;
            s.end = pe;
            s.term.add("a user name and a password follow", k_pair);
            return s;
        }
        if (!looks_secret(token)) return std::nullopt;
    }
    const auto why = accept(*cue.entry, token, explicit_sep);
    if (!why) return std::nullopt;
    s.term.add(*why, k_looks_secret);
    return s;
}

// The text with every secret replaced by the mask.
std::string masked(std::string_view text, std::vector<Secret> secrets) {
    std::sort(secrets.begin(), secrets.end(), [](const Secret& a, const Secret& b) { return a.begin > b.begin; });
    std::string out(text);
    for (const Secret& s : secrets) out.replace(s.begin, s.end - s.begin, k_mask);
    return out;
}

void hide_all(std::string& text, std::string_view value) {
    if (value.empty()) return;
    for (auto at = text.find(value); at != std::string::npos; at = text.find(value, at + k_mask.size()))
        text.replace(at, value.size(), k_mask);
}

// Where byte `pos` of the original text is in the masked text (`pos` not inside a secret).
std::size_t masked_position(std::size_t pos, const std::vector<Secret>& secrets) {
    std::size_t out = pos;
    for (const Secret& s : secrets)
        if (s.end <= pos) out = out - (s.end - s.begin) + k_mask.size();
    return out;
}

void check_text(CheckContext& ctx, const TextItem& item, const std::vector<WordHit>& cues) {
    std::vector<Secret> secrets;
    ScoreRules rules;
    rules.school_context = false; // a password is a password wherever it is
    rules.negation = 0;
    rules.other_term = 0;
    for (ScoredTerm& cue : score_terms(item.text, cues, rules)) {
        if (cue.confidence() < k_report_at) continue; // vetoed by an unrelated sense
        auto s = secret_after(item.text, cue);
        if (!s || std::any_of(secrets.begin(), secrets.end(), [&](const Secret& o) {
                return o.begin < s->end && s->begin < o.end;
            }))
            continue;
        secrets.push_back(std::move(*s));
    }
    if (secrets.empty()) return;
    std::stable_sort(secrets.begin(), secrets.end(), [](const Secret& a, const Secret& b) {
        return a.term.confidence() > b.term.confidence();
    });
    const std::string shown = masked(item.text, secrets);
    const std::size_t from = masked_position(secrets.front().cue_begin, secrets);
    const std::size_t to = masked_position(secrets.front().begin, secrets) + k_mask.size();
    std::vector<ScoredTerm> terms;
    for (Secret& s : secrets) terms.push_back(std::move(s.term));
    DraftFinding f = finding_from_terms(item, terms);
    f.evidence = excerpt(shown, from, std::min(shown.size(), to));
    f.identity = std::string(item.kind) + ":" + shown;
    // The same secret written twice is hidden everywhere.
    for (const Secret& s : secrets) {
        const std::string_view value = item.text.substr(s.begin, s.end - s.begin);
        hide_all(f.evidence, value);
        hide_all(f.identity, value);
    }
    f.signals.push_back("the value itself is hidden in this report");
    ctx.report(std::move(f));
}

constexpr CheckExample k_examples[] = {
    {"message", "The class blog log-in is oakclass / Conker!Oak24 if you need it tomorrow", true},
    {"post", "Wifi password for the party is Sunflower2024!", true},
    {"comment", "Door code is 4821, just let yourselves in", true},
    {"message", "my pin is 0417 can you grab cash on the way", true},
    {"post", "password: bluebell", true},
    {"post", "Forgot my password again, third time this week", false},
    {"post", "Dress code is smart casual, see you at 7", false},
    {"post", "Use discount code SPRING24 for 20% off", false},
    {"post", "Never share your password with anyone, kids!", false},
    {"post", "The login page is down again", false},
    {"post", "Pin the tail on the donkey was a hit at the party", false},
};

constexpr Remedy k_remedies[] = {
    {Platform::facebook,
     "Change the password, PIN or code now, wherever it is used (and tell the school's IT or "
     "office if it is a school system).\n"
     "Then delete the post, comment or message (Messenger: press and hold > Remove > Unsend)."},
    {Platform::instagram, "Change the password or code first.\nThen delete the post or comment, or Unsend the message."},
    {Platform::x, "Change the password or code first.\nThen delete the post (… > Delete) or the message."},
    {Platform::linkedin, "Change the password or code first.\nThen delete the post, comment or message."},
    {Platform::tiktok, "Change the password or code first.\nThen delete the video, comment or message."},
};

void run(CheckContext& ctx) {
    Facts& facts = ctx.facts();
    const WordList& cues = word_list("credential_cues.txt");
    const auto& texts = facts.texts();
    for (std::size_t i = 0; i < texts.size(); ++i)
        if (is_written_and_published(texts[i].kind) || texts[i].kind == "message")
            if (const auto& hits = facts.word_hits(i, cues); !hits.empty()) check_text(ctx, texts[i], hits);
}

} // namespace

extern const CheckInfo credentials_shared = {
    "credentials.shared",
    "Passwords, log-ins or codes shared",
    "posts, comments, captions, messages",
    "Finds passwords, log-ins, PINs and door or alarm codes you posted or sent (\"the log-in is "
    "oakclass / …\", \"password: …\", \"door code is …\"). It fires only when a value that looks "
    "like a secret follows, and the report masks that value. Policies require staff to keep "
    "log-ins to themselves; a shared school log-in must be changed, not just deleted.",
    k_examples,
    k_remedies,
    "Change the password, PIN or code first (tell the school if it is a school system), then "
    "delete the item.",
    run,
};

} // namespace audit
