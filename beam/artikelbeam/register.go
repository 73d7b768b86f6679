package artikelbeam

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Registration lets workers find the functions and types by name, and
// generates callers that avoid reflection per element.
func init() {
	beam.RegisterType(reflect.TypeOf((*piece)(nil)).Elem())
	register.Function1x1(textPiece)
	register.DoFn3x1[context.Context, fileio.FileMetadata, func(piece), error](&splitFn{})
	register.DoFn5x1[context.Context, piece, func(string), func(string), func(string), error](&analyzeFn{})
	register.DoFn3x1[context.Context, string, func(string), error](&writeTempFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&renameFn{})
	register.DoFn2x1[context.Context, string, error](&writeFileFn{})
	register.Combiner3[*summaryAcc, string, string](&summaryFn{})
	register.Emitter1[piece]()
	register.Emitter1[string]()
	register.Iter1[string]()
}
