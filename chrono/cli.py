"""The ``chrono`` command: extract timelines, list time expressions, publish schemas.

Exit codes: 0 success; 1 other chrono error; 2 bad usage or an impossible date;
3 an input cannot be read; 4 an output cannot be written.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from tqdm import tqdm

from chrono import __version__
from chrono.batch import extract_many
from chrono.dates import parse_date
from chrono.errors import ChronoError, InputError, OutputError, UsageError
from chrono.events.merge import TimelineMerger
from chrono.export import FORMATS, ExportOptions, export_file, format_for, read_timeline, render, write_timeline
from chrono.export.files import replace_atomic
from chrono.export.jsonl import write_jsonl
from chrono.inputs import collect, decode
from chrono.inputs.files import codec_of
from chrono.models import TemporalExpression, Timeline, TimeValue
from chrono.pipeline import resolve
from chrono.schema import validate_file
from chrono.views import TimelineView, view_of

_LISTED_WARNINGS = 10  # batches larger than this count their warnings instead of listing them
_LISTED_PROBLEMS = 5

EXAMPLES = """examples:
  chrono extract seeds/000_cb6d49b35ae820af.txt -o -            JSON on stdout
  chrono extract article.txt --published 2026-02-05 -o out/     timeline.json, .ics and .xlsx in out/
  chrono extract a.txt b.txt -o timeline.xlsx                   one merged timeline as a workbook
  chrono extract article.txt --format jsonl                     one event per line on stdout
  chrono extract corpus/ -o timeline.xlsx --jobs 2              a folder (.txt .md .html .json .jsonl)
  chrono extract 'news/**/*.html' articles.jsonl -o out/        globs and JSON Lines records
  cat article.txt | chrono extract - --published 2026-02-05     standard input
  chrono merge monday.json tuesday.json -o week.json            one timeline, duplicates merged
  chrono validate week.json                                     check a file against the schema
  chrono export out/timeline.json -o timeline.html              a saved timeline in another format
  chrono export out/timeline.json -o story.timelinejs.json      TimelineJS slides (Knight Lab)
  chrono timex article.txt --dct 2026-02-05                     time expressions as JSON
  chrono schema -o schemas/                                     regenerate the JSON Schemas

exit codes: 0 ok; 1 other error; 2 usage or impossible date; 3 an input could not be read or is
not a valid timeline (the other inputs are still processed and written); 4 the output cannot be
written
"""


class _Version(argparse.Action):
    """--version, with the build (pure Python or compiled), which is looked up only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from chrono.build import description

        print(f"chrono-timeline {__version__} ({description()})")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chrono",
        description="Turn news text into a dated, sourced timeline of events.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and build, and exit")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log progress (-vv for details)")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = _command(commands, "extract", "extract a timeline from articles")
    extract.add_argument(
        "files",
        nargs="+",
        metavar="INPUT",
        help="files (.txt, .md, .html; .json or .jsonl records), folders (searched recursively), "
        "globs ('corpus/**/*.html'), or - for stdin; a FILE.meta.json beside a file may give "
        "published, url, title, outlet",
    )
    extract.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date for every input (default: the record's or metadata's, else inferred)",
    )
    extract.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help="extract in N processes (default 1; 0: one per CPU)"
    )
    extract.add_argument(
        "--encoding",
        metavar="CODEC",
        help="how text files and stdin are written when not UTF-8, e.g. iso-8859-2 (default: UTF-8, "
        "else Windows-1252 with a warning; HTML pages declare their own)",
    )
    extract.add_argument(
        "--stream",
        action="store_true",
        help="write each document's events as JSON Lines as soon as it is done, without merging across "
        "documents: memory stays flat however large the corpus (merge later with chrono merge)",
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar, warnings or summary")
    _output_arguments(extract)

    merge = _command(commands, "merge", "combine timeline files into one, the same event reported twice becoming one")
    merge.add_argument("timelines", nargs="+", metavar="TIMELINE", help="timeline .json (or events .jsonl) files")
    _output_arguments(merge)

    validate = _command(commands, "validate", "check timeline files against the published schema")
    validate.add_argument("timelines", nargs="+", metavar="TIMELINE", help="timeline .json (or events .jsonl) files")

    export = _command(commands, "export", "write a saved timeline (JSON or JSON Lines) in another format")
    export.add_argument("timeline", metavar="TIMELINE", help="timeline .json (or events .jsonl) written by chrono")
    _output_arguments(export)

    timex = commands.add_parser("timex", help="list the temporal expressions of a text")
    timex.add_argument("file", nargs="?", default="-", metavar="FILE", help="text file, or - for stdin")
    timex.add_argument(
        "--published",
        "--dct",
        dest="dct",
        metavar="YYYY-MM-DD",
        help="publication (document creation) date, as for extract (default: inferred)",
    )
    timex.add_argument("--format", choices=["json", "timeml"], default="json")

    schema = commands.add_parser("schema", help="write or check the JSON Schemas in schemas/")
    schema.add_argument("-o", "--output", default="schemas", metavar="DIR")
    schema.add_argument("--check", action="store_true", help="exit 1 if the files differ from the models")
    return parser


def _command(commands: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with the examples and exit codes."""
    return commands.add_parser(
        name, help=help_text, epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter
    )


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, not {number}")
    return number or os.cpu_count() or 1


def _output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: from the -o extension; .timelinejs.json is TimelineJS)",
    )
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="PATH",
        help="'-' for stdout (default, JSON unless --format), DIR/ for timeline.json/.ics/.xlsx, or FILE.ext",
    )
    parser.add_argument("--title", help="calendar name (iCal), page title (HTML, TimelineJS)")
    parser.add_argument("--excel-bom", action="store_true", help="CSV: start with a BOM so Excel reads UTF-8")


def _options(args: argparse.Namespace) -> ExportOptions:
    return ExportOptions(title=args.title or "chrono-timeline", excel_bom=args.excel_bom)


def _refuse_overwriting_inputs(outputs: list[Path], inputs: list[str]) -> None:
    resolved_inputs = {Path(i).resolve() for i in inputs if i != "-"}
    for output in outputs:
        if output.resolve() in resolved_inputs:
            raise OutputError(f"{output}: output would overwrite an input file")


def _check_output(output: str, fmt: str | None, inputs: list[str]) -> None:
    """Refuse a bad output before any work is done: unknown format, missing folder, an input."""
    if output == "-":
        if fmt == "xlsx" and sys.stdout.isatty():
            raise OutputError("a workbook is binary: not written to the terminal; use -o FILE.xlsx or a pipe")
        return
    path = Path(output)
    if output.endswith(("/", "\\")) or path.is_dir():
        if not path.exists() and not path.parent.is_dir():
            raise OutputError(f"{path}: parent directory {path.parent} does not exist")
        _refuse_overwriting_inputs([path / f"timeline.{ext}" for ext in ("json", "ics", "xlsx")], inputs)
        return
    format_for(path, fmt)
    if not path.parent.is_dir():
        raise OutputError(f"{path}: output directory {path.parent} does not exist")
    _refuse_overwriting_inputs([path], inputs)


def _run_extract(args: argparse.Namespace) -> int:
    if args.published:
        parse_date(args.published, what="--published")
    _check_output(args.output, args.format, args.files)
    if args.stream:
        _check_stream(args)
    started = time.perf_counter()
    if args.encoding:
        codec_of(args.encoding)  # an unknown codec is refused before any work
    outputs = _output_paths(args.output)
    units = list(collect(args.files, published=args.published, encoding=args.encoding, exclude=outputs))
    show = not args.quiet and sys.stderr.isatty()
    progress = tqdm(total=len(units), unit="doc", file=sys.stderr, disable=not show, dynamic_ncols=True)
    list_warnings = not args.quiet and (len(units) <= _LISTED_WARNINGS or args.verbose > 0)
    # Documents and mentions wait on disk until written: memory follows the events, not the documents.
    counts, merger = BatchCounts(), TimelineMerger(spool=True)
    with merger, progress, _event_stream(args) as stream:
        for result in extract_many(units, jobs=args.jobs, published=args.published, encoding=args.encoding):
            progress.update(1)
            if result.timeline is None:
                counts.failed += 1
                progress.write(f"chrono: error: {result.error}", file=sys.stderr)  # reported; the batch goes on
                continue
            counts.add_documents(result.timeline)
            if stream is not None:
                write_jsonl(result.timeline, stream)  # written and forgotten: memory stays flat
                counts.events.update(event.type for event in result.timeline.events)
            else:
                merger.add(result.timeline)  # merged as it comes: the batch never holds every timeline
            if list_warnings:
                for document in result.timeline.documents:
                    for warning in document.warnings:
                        progress.write(f"chrono: warning: {document.id}: {warning}", file=sys.stderr)
        if not counts.documents:
            raise InputError("no input could be read")
        if stream is None:
            view = merger.view()
            counts.events = Counter(view.event_types)
            _write_output(view, args, args.files)
    if stream is not None and args.output != "-":
        print(f"chrono: wrote {args.output} ({sum(counts.events.values())} events, not merged)", file=sys.stderr)
    if not args.quiet:
        print(counts.line(time.perf_counter() - started, list_warnings), file=sys.stderr)
    return InputError.exit_code if counts.failed else 0


def _check_stream(args: argparse.Namespace) -> None:
    fmt = args.format or ("jsonl" if args.output == "-" else None)
    if fmt is None and not (args.output.endswith(("/", "\\")) or Path(args.output).is_dir()):
        fmt = format_for(args.output)
    if fmt != "jsonl":
        raise UsageError("--stream writes JSON Lines, one event per line: use -o FILE.jsonl or --format jsonl")


@contextlib.contextmanager
def _event_stream(args: argparse.Namespace) -> Iterator[BinaryIO | None]:
    """Where a streamed batch writes its events (a file written atomically, or stdout); None otherwise."""
    if not args.stream:
        yield None
    elif args.output == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with replace_atomic(args.output) as stream:
            yield stream


class BatchCounts:
    """What the summary line reports, counted as results arrive (a streamed batch keeps nothing else)."""

    def __init__(self) -> None:
        self.documents = 0
        self.failed = 0
        self.events: Counter[str] = Counter()
        self.warnings = 0
        self.inferred = 0

    def add_documents(self, timeline: Timeline) -> None:
        self.documents += len(timeline.documents)
        self.warnings += sum(len(d.warnings) for d in timeline.documents)
        self.inferred += sum(1 for d in timeline.documents if d.publication.inferred)

    def line(self, seconds: float, warnings_listed: bool) -> str:
        """The line a batch ends with: documents, events by type, warnings, inferred dates, speed."""
        documents, events = self.documents, sum(self.events.values())
        types = ", ".join(f"{name} {count}" for name, count in sorted(self.events.items()))
        hint = "" if warnings_listed or not self.warnings else " (-v lists them)"
        return (
            f"chrono: {_count(documents, 'document')}"
            f"{f', {self.failed} failed' if self.failed else ''}; {_count(events, 'event')} ({types or 'none'}); "
            f"{_count(self.warnings, 'warning')}{hint}; {_count(self.inferred, 'publication date')} inferred; "
            f"{seconds:.1f} s "
            f"({documents / max(seconds, 1e-9):.0f} documents/s)"
        )


def _count(number: int, noun: str) -> str:
    """'1 event', '2 events': the summary lines are read by people."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _output_paths(output: str) -> list[Path]:
    """The files ``-o`` will write, so that a folder scan never reads a previous run's output."""
    if output == "-":
        return []
    if output.endswith(("/", "\\")) or Path(output).is_dir():
        return [Path(output) / f"timeline.{ext}" for ext in ("json", "ics", "xlsx")]
    return [Path(output)]


def _write_output(timeline: Timeline | TimelineView, args: argparse.Namespace, inputs: list[str]) -> None:
    """Write to stdout, to DIR/ (JSON, iCal and workbook) or to one file, as -o says."""
    output, options = args.output, _options(args)
    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(render(timeline, args.format or "json", options))
        sys.stdout.buffer.flush()
        return
    if output.endswith(("/", "\\")) or Path(output).is_dir():
        directory = Path(output)
        if not directory.exists():
            if not directory.parent.is_dir():
                raise OutputError(f"{directory}: parent directory {directory.parent} does not exist")
            directory.mkdir()
        targets = [directory / f"timeline.{ext}" for ext in ("json", "ics", "xlsx")]
        _refuse_overwriting_inputs(targets, inputs)
        for target in targets:
            write_timeline(timeline, target, options=options)
        print(
            f"chrono: wrote {', '.join(str(t) for t in targets)} ({_count(view_of(timeline).event_count, 'event')})",
            file=sys.stderr,
        )
        return
    path = Path(output)
    _refuse_overwriting_inputs([path], inputs)
    write_timeline(timeline, path, args.format, options)
    print(f"chrono: wrote {path} ({_count(view_of(timeline).event_count, 'event')})", file=sys.stderr)


def _run_merge(args: argparse.Namespace) -> int:
    _check_output(args.output, args.format, args.timelines)
    before = 0
    with TimelineMerger(spool=True) as merger:
        for path in args.timelines:  # one file in memory at a time
            timeline = read_timeline(path)
            before += len(timeline.events)
            merger.add(timeline)
        merged = merger.view()
        _write_output(merged, args, args.timelines)
    print(
        f"chrono: merged {_count(before, 'event')} from {_count(len(args.timelines), 'file')} "
        f"into {merged.event_count}",
        file=sys.stderr,
    )
    return 0


_MODEL_ONLY = " (against the model; pip install 'chrono-timeline[validate]' to check the JSON Schema too)"


def _has_jsonschema() -> bool:
    import importlib.util

    return importlib.util.find_spec("jsonschema") is not None


def _run_validate(args: argparse.Namespace) -> int:
    """Each file against the JSON Schema (with jsonschema, when installed) and the pydantic model."""
    invalid = 0
    for path in args.timelines:
        problems = validate_file(path)
        if problems:
            invalid += 1
            shown = problems[:_LISTED_PROBLEMS]
            more = f" (and {len(problems) - len(shown)} more)" if len(problems) > len(shown) else ""
            print(f"chrono: {path}: invalid: {'; '.join(shown)}{more}", file=sys.stderr)
        else:
            print(f"chrono: {path}: valid{'' if _has_jsonschema() else _MODEL_ONLY}", file=sys.stderr)
    return InputError.exit_code if invalid else 0


def _run_export(args: argparse.Namespace) -> int:
    _check_output(args.output, args.format, [args.timeline])
    output = args.output
    if output != "-" and not output.endswith(("/", "\\")) and not Path(output).is_dir():
        _refuse_overwriting_inputs([Path(output)], [args.timeline])
        export_file(args.timeline, output, args.format, _options(args))  # streams JSON Lines to .xlsx
        print(f"chrono: wrote {output}", file=sys.stderr)
        return 0
    _write_output(read_timeline(args.timeline), args, [args.timeline])
    return 0


def _read_text(file: str) -> str:
    if file == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")[0]
    path = Path(file)
    if not path.is_file():
        raise InputError(f"{file}: no such file")
    try:
        return decode(path.read_bytes(), file)[0]
    except OSError as error:
        raise InputError(f"{file}: cannot read ({error.strerror or error})") from error


def timeml(text: str, expressions: list[TemporalExpression], dct: str) -> str:
    """The text with TIMEX3 tags around each expression, as a TimeML document."""
    parts = []
    position = 0
    for number, expression in enumerate(expressions, start=1):
        value = expression.value
        attributes = f'tid="t{number}" type="{value.timex_type.value}" value={quoteattr(value.value)}'
        if value.modifier:
            attributes += f" mod={quoteattr(value.modifier)}"
        parts.append(escape(text[position : expression.start]))
        parts.append(f"<TIMEX3 {attributes}>{escape(expression.text)}</TIMEX3>")
        position = expression.end
    parts.append(escape(text[position:]))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )


def _interval_of(value: TimeValue | None) -> dict[str, object] | None:
    """A range an expression opens, or the day a length counts it to, as `chrono timex` prints it."""
    if value is None:
        return None
    return {"value": value.value, "interval": [str(value.start), str(value.end)], "rationale": value.rationale}


def _run_timex(args: argparse.Namespace) -> int:
    dct = parse_date(args.dct, what="--published") if args.dct else None
    text = _read_text(args.file)
    expressions = resolve(text, dct)
    anchor = expressions[0].value.anchor if expressions and expressions[0].value.anchor else None
    dct_text = str(dct) if dct else (str(anchor.date) if anchor else "")
    if args.format == "timeml":
        sys.stdout.write(timeml(text, expressions, dct_text))
        return 0
    rows = [
        {
            "start": e.start,
            "end": e.end,
            "text": e.text,
            "type": e.value.timex_type.value,
            "value": e.value.value,
            "interval": [str(e.value.start) if e.value.start else None, str(e.value.end) if e.value.end else None],
            "precision": e.value.precision.value,
            "modifier": e.value.modifier,
            "certainty": e.value.certainty,
            "rationale": e.value.rationale,
            "alternatives": [a.model_dump(mode="json") for a in e.value.alternatives],
            "range": _interval_of(e.range),
            "shifted": _interval_of(e.shifted),
        }
        for e in expressions
    ]
    sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    return 0


def _run_schema(args: argparse.Namespace) -> int:
    from chrono.schema import stale_schemas, write_schemas

    if args.check:
        stale = stale_schemas(args.output)
        if stale:
            print(
                f"chrono: schemas out of date: {', '.join(stale)}; run 'chrono schema -o {args.output}'",
                file=sys.stderr,
            )
            return 1
        return 0
    for path in write_schemas(args.output):
        print(f"chrono: wrote {path}", file=sys.stderr)
    return 0


def run() -> None:
    """The ``chrono`` command (and ``python -m chrono``): :func:`main`, in a process of its own.

    What is loaded by now lives as long as the process. Frozen, it is skipped by every full
    collection: a batch's main process ran one every few hundred documents, each traversing
    some 60,000 objects of the imported modules (about 2.5 s of 29 s for 10,000 seed articles).
    A program calling :func:`main` keeps its own collector as it is.
    """
    gc.freeze()
    sys.exit(main())


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.verbose:
        logging.basicConfig(
            level=logging.DEBUG if args.verbose > 1 else logging.INFO, format="chrono: %(levelname)s: %(message)s"
        )
    runners = {
        "extract": _run_extract,
        "export": _run_export,
        "merge": _run_merge,
        "validate": _run_validate,
        "timex": _run_timex,
        "schema": _run_schema,
    }
    try:
        return runners[args.command](args)
    except ChronoError as error:
        print(f"chrono: error: {error}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
