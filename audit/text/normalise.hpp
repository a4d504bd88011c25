#pragma once
// Unicode normalisation for matching: NFKC, case folding, diacritics removed, and every run of
// non-alphanumeric characters (spaces, punctuation, '#', '_', '.', '-') made one space. Keeps a
// map back to the original bytes so that evidence quotes the text as the user wrote it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct FoldedText {
    std::string text;                   // folded, with a leading and trailing space
    std::vector<std::uint32_t> origin;  // origin[i]: byte offset in the original of text[i]
    std::size_t original_size = 0;

    // Original byte range [begin, end) covering folded range [fbegin, fend).
    std::pair<std::size_t, std::size_t> original_range(std::size_t fbegin, std::size_t fend) const;
};

FoldedText fold(std::string_view utf8);
// Whether fold(utf8) has the words it would have if every non-ASCII character were a space:
// true for ASCII text, and for text whose other characters (emoji, curly quotes, dashes) fold
// to no letter or digit and join no two words (a mark or zero-width joiner between letters
// does). Such text can be searched for folded words byte by byte (AsciiPrefilter).
bool folds_as_ascii(std::string_view utf8);
// Folded text alone (no map, no padding spaces): for keys, roster names, comparisons.
std::string fold_key(std::string_view utf8);
// Replaces invalid UTF-8 sequences with U+FFFD so that every later step sees valid text.
std::string valid_utf8(std::string_view bytes);
// A readable excerpt of `text` around [begin, end): at most `radius` bytes either side, cut at
// UTF-8 boundaries and whitespace, with "…" where text was cut.
std::string excerpt(std::string_view text, std::size_t begin, std::size_t end,
                    std::size_t radius = 60);

} // namespace audit
