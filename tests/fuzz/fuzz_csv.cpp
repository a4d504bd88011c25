// CSV over libcsv with the options the importers use, and LinkedIn's quirks: the "Notes:"
// preamble, Comments.csv's backslash quotes, Shares.csv's doubled quotes, its date formats.
#include "audit/importers/linkedin_csv_internal.hpp"
#include "audit/parse/csv.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte chooses the options, so the corpus explores all of them.
    const std::uint8_t mode = data[0];
    const std::string_view text = audit::fuzz::as_text(data + 1, size - 1);
    audit::CsvOptions options;
    options.skip_lines = mode & 3u;
    options.skip_blank_rows = (mode & 4u) != 0;
    options.trim_spaces = (mode & 8u) != 0;
    options.delimiter = (mode & 16u) != 0 ? ';' : ',';
    const std::string input =
        (mode & 32u) != 0 ? audit::linkedin::rfc4180_quotes(text) : std::string(text);
    if (auto table = audit::parse_csv(input, "fuzz.csv", options)) {
        (void)table->column("Date");
        for (const auto& row : table->rows)
            for (const auto& field : row.fields) {
                (void)audit::linkedin::parse_date(field);
                (void)audit::linkedin::parse_birthday(field);
                (void)audit::linkedin::clean_share_text(field);
                (void)audit::linkedin::profile_slug(field);
            }
    }
    (void)audit::linkedin::has_header(text, {"First Name", "Last Name", "Connected On"});
    return 0;
}
