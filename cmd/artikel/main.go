// Command artikel analyzes German news articles; see `artikel --help`.
package main

import (
	"os"

	"artikel/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
