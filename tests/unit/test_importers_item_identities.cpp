#include "audit/importers/item_identities.hpp"
#include <catch2/catch.hpp>

using audit::ItemIdentities;

TEST_CASE("item identities: numbered per file, from the second use on", "[importers]") {
    ItemIdentities ids;
    CHECK(ids.unique("posts_1.json", "post 2025-03-14T16:02:11Z") == "post 2025-03-14T16:02:11Z");
    CHECK(ids.unique("posts_1.json", "post 2025-03-14T16:02:11Z") == "post 2025-03-14T16:02:11Z (2)");
    CHECK(ids.unique("posts_1.json", "post 2025-03-14T16:02:11Z") == "post 2025-03-14T16:02:11Z (3)");
    // Another file, or another item, starts its own count.
    CHECK(ids.unique("posts_2.json", "post 2025-03-14T16:02:11Z") == "post 2025-03-14T16:02:11Z");
    CHECK(ids.unique("posts_1.json", "post 2025-03-15T09:00:00Z") == "post 2025-03-15T09:00:00Z");
    // A file name and item that would run together if joined are still told apart.
    CHECK(ids.unique("a", "b\nc") == "b\nc");
    CHECK(ids.unique("a\nb", "c") == "c");
}
