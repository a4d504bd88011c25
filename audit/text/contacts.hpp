#pragma once
// Personal contact details in free text: phone numbers (libphonenumber, UK first, any common
// format), e-mail addresses and UK postcodes.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace audit {

struct Found {
    std::size_t begin = 0; // byte range in the text
    std::size_t end = 0;
    std::string value;     // normalised: E.164 phone, lower-case e-mail, "BA1 2AB"
    double confidence = 0; // 0..1
};

// Phone numbers, region GB by default; dates, times, prices and ids that only look like numbers
// are not reported.
std::vector<Found> find_phones(std::string_view text, const char* region = "GB");
std::vector<Found> find_emails(std::string_view text);
// UK postcodes in their full form ("BA1 2AB", "ba12ab", "SW1A 1AA").
std::vector<Found> find_postcodes(std::string_view text);
// "BA1 2AB" for any spacing and case, or "" when not a valid full UK postcode.
std::string normalise_postcode(std::string_view text);

} // namespace audit
