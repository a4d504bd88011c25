#pragma once
// Many folded literals (school names, roster names, word lists) matched as whole words over
// folded text in ONE vectorscan pass. Compiled once; scan() is const and thread-safe.
#include "audit/text/normalise.hpp"
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace audit {

class LiteralSet {
public:
    struct Hit {
        std::size_t id = 0;     // index of the literal in the constructor's list
        std::size_t fbegin = 0; // folded range of the literal, without padding spaces
        std::size_t fend = 0;
    };

    // Each literal already folded (fold_key). Empty literals are ignored.
    explicit LiteralSet(const std::vector<std::string>& folded_literals);
    ~LiteralSet();
    LiteralSet(const LiteralSet&) = delete;
    LiteralSet& operator=(const LiteralSet&) = delete;

    // Every whole-word occurrence, in the order vectorscan reports them (by end offset); at most
    // `max_hits`, so hostile text cannot grow the list without bound.
    std::vector<Hit> scan(const FoldedText& folded, std::size_t max_hits = 10000) const;
    bool empty() const;
    // The literals, by id, as the constructor was given them.
    const std::vector<std::string>& literals() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace audit
