#pragma once
// Result<T> carries either a value or an Error saying what went wrong, for the expected-failure
// path (bad input). Exceptions are reserved for programming and fatal errors.
#include <string>
#include <tl/expected.hpp>
#include <utility>

namespace audit {

struct Error {
    std::string message;
};

template <class T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(std::string message) {
    return tl::unexpected<Error>(Error{std::move(message)});
}

} // namespace audit
