#include "audit/text/literal_set.hpp"
#include "audit/text/hs_scratch.hpp"
#include <cstdint>
#include <limits>

namespace audit {

namespace {

struct ScanContext {
    const std::vector<std::size_t>* lengths = nullptr;
    std::vector<LiteralSet::Hit> hits;
    std::size_t max_hits = 0;
};

int on_match(unsigned int id, unsigned long long /*from*/, unsigned long long to,
             unsigned int /*flags*/, void* context) {
    auto& scan = *static_cast<ScanContext*>(context);
    // Each pattern is " literal ", so the match is word-bounded by construction.
    const auto end = static_cast<std::size_t>(to) - 1;
    scan.hits.push_back({id, end - (*scan.lengths)[id], end});
    return scan.hits.size() >= scan.max_hits ? 1 : 0;
}

} // namespace

struct LiteralSet::Impl {
    hs_database_t* db = nullptr;
    std::uint64_t serial = next_database_serial();
    std::vector<std::string> literals; // as given, by id
    std::vector<std::size_t> lengths; // folded length of each literal, by id
    ~Impl() {
        if (db) hs_free_database(db);
    }
};

LiteralSet::LiteralSet(const std::vector<std::string>& folded_literals)
    : m_impl(std::make_unique<Impl>()) {
    if (folded_literals.size() >= std::numeric_limits<unsigned>::max()) return;
    std::vector<std::string> patterns;
    std::vector<const char*> expressions;
    std::vector<unsigned> flags, ids;
    std::vector<std::size_t> pattern_lengths;
    m_impl->literals = folded_literals;
    m_impl->lengths.resize(folded_literals.size());
    for (std::size_t i = 0; i < folded_literals.size(); ++i) {
        m_impl->lengths[i] = folded_literals[i].size();
        if (folded_literals[i].empty()) continue;
        patterns.push_back(" " + folded_literals[i] + " ");
        ids.push_back(static_cast<unsigned>(i));
    }
    for (const std::string& p : patterns) {
        expressions.push_back(p.c_str());
        pattern_lengths.push_back(p.size());
        flags.push_back(0);
    }
    if (patterns.empty()) return;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), pattern_lengths.data(),
                             static_cast<unsigned>(patterns.size()), HS_MODE_BLOCK, nullptr,
                             &m_impl->db, &error) != HS_SUCCESS) {
        // Literals cannot make a bad expression; if the library still refuses, the set stays
        // empty rather than failing the whole scan.
        hs_free_compile_error(error);
        m_impl->db = nullptr;
    }
}

LiteralSet::~LiteralSet() = default;

bool LiteralSet::empty() const { return m_impl->db == nullptr; }

const std::vector<std::string>& LiteralSet::literals() const { return m_impl->literals; }

std::vector<LiteralSet::Hit> LiteralSet::scan(const FoldedText& folded, std::size_t max_hits) const {
    if (empty() || folded.text.size() > std::numeric_limits<unsigned>::max()) return {};
    hs_scratch_t* scratch = scratch_for(m_impl->db, m_impl->serial);
    if (!scratch) return {};
    ScanContext context{&m_impl->lengths, {}, max_hits};
    hs_scan(m_impl->db, folded.text.data(), static_cast<unsigned>(folded.text.size()), 0, scratch,
            on_match, &context);
    return std::move(context.hits);
}

} // namespace audit
