// filmquiz: parses the command line and hands over to the game or a subcommand.
#include <iostream>

#include "cli/run.hpp"

int main(int argc, char** argv) {
    return filmquiz::cli::run(argc, argv, std::cout, std::cerr);
}
