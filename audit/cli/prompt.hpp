#pragma once
// Question-and-answer on standard input, for `checklist` and `init`. On a terminal a bad answer
// is explained and asked again; from a pipe or file (scripts, tests) answers are read one per
// line and a bad one stops with a message naming the line, because nobody is there to retry.
#include "audit/core/result.hpp"
#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace audit {

class Prompter {
public:
    Prompter(std::istream& in, std::ostream& out, bool interactive)
        : m_in(in), m_out(out), m_interactive(interactive) {}
    // Shows `question` (and `hint` on its own line when not empty), reads an answer and runs
    // `accept` on it: a value, or an error whose message says what is wrong. nullopt at the end
    // of the input. Fails on a bad answer from a non-interactive input.
    template <class T>
    Result<std::optional<T>> ask(const std::string& question, const std::string& hint,
                                 const std::function<Result<T>(const std::string&)>& accept) {
        for (;;) {
            m_out << question;
            if (!hint.empty()) m_out << "\n  " << hint;
            m_out << "\n> " << std::flush;
            std::string line;
            if (!std::getline(m_in, line)) {
                m_out << "\n";
                return std::optional<T>();
            }
            ++m_line;
            if (!m_interactive) m_out << line << "\n";
            auto value = accept(line);
            if (value) return std::optional<T>(std::move(*value));
            if (!m_interactive)
                return fail("answer on line " + std::to_string(m_line) + ": " +
                            value.error().message);
            m_out << "  " << value.error().message << "\n";
        }
    }

private:
    std::istream& m_in;
    std::ostream& m_out;
    bool m_interactive;
    std::size_t m_line = 0;
};

} // namespace audit
