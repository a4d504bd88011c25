// staff-audit: a thin main. Everything lives in the library (audit/cli/app.cpp and below).
#include "audit/cli/app.hpp"
#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    try {
        return audit::run_app(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "staff-audit: internal error: " << e.what() << "\n";
        return 2;
    }
}
