//! JSON Lines for the records of one article, written by hand.
//!
//! These records are most of the output of every per-article command, and
//! serde's generic machinery (a call per field, strings escaped a byte at a
//! time) cost more than the analysis of some stages. [`article_records`]
//! writes an article's records straight from the model (no list of wire
//! records is built) and [`write`] writes one wire record: both write the
//! very bytes `serde_json::to_writer` writes for them, the same field
//! order, escapes and number formats (unit tests hold them to that). Other
//! records return `false` from [`write`] and go through serde.

use super::View;
use super::wire::{
    self, ArticleRecord, AttributionRecord, ClaimRecord, FigureRecord, Mention, Record,
    SentenceRecord, SourceRecord,
};
use crate::model::{self, Article};

/// Appends the records of `a` that `view` prints to `out`, as JSON Lines
/// (each record followed by a newline), in the order of
/// [`super::article_records`].
pub fn article_records(view: View, a: &Article, out: &mut Vec<u8>) {
    let all = view == View::Extract;
    if all {
        article(&wire::article(a), out);
        out.push(b'\n');
    }
    // Each kind of record opens with the same text up to its second field,
    // the article's id escaped in it once for all of them ([`Head`]).
    if all || view == View::Sentences {
        let head = &Head::sentence(&a.id);
        for s in &a.sentences {
            sentence(&wire::sentence(a, s), head, out);
            out.push(b'\n');
        }
    }
    if all || view == View::Figures {
        let head = &Head::figure(&a.id);
        for f in &a.figures {
            figure(&wire::figure(a, f), head, out);
            out.push(b'\n');
        }
    }
    if all || view == View::Entities {
        let head = &Head::entity(&a.id);
        for e in &a.entities {
            model_entity(a, e, head, out);
            out.push(b'\n');
        }
    }
    if all || view == View::Claims {
        let head = &Head::claim(&a.id);
        for c in &a.claims {
            claim(&wire::claim(a, c), head, out);
            out.push(b'\n');
        }
    }
    if all || view == View::Sources {
        let head = &Head::source(&a.id);
        for s in &a.sources {
            source(&wire::source(a, s), head, out);
            out.push(b'\n');
        }
    }
}

/// Appends `record` as JSON to `out`, if it is a record of one article;
/// `false` (with nothing written) for the others.
pub fn write(record: &Record, out: &mut Vec<u8>) -> bool {
    match record {
        Record::Article(r) => article(r, out),
        Record::Sentence(r) => sentence(r, &Head::sentence(r.article), out),
        Record::Figure(r) => figure(r, &Head::figure(r.article), out),
        Record::Entity(r) => {
            let head = &Head::entity(r.article);
            entity(head, r.name, r.kind, r.aliases, &r.mentions, out);
        }
        Record::Claim(r) => claim(r, &Head::claim(r.article), out),
        Record::Source(r) => source(r, &Head::source(r.article), out),
        _ => return false,
    }
    true
}

// Each writer spells out its record: the fixed text of the JSON (braces,
// keys, commas) as literals, in the order of the fields of the wire type,
// and the values between them. The records of an article open with their
// [`Head`], which holds the `record` and `article` fields.

fn article(r: &ArticleRecord, out: &mut Vec<u8>) {
    raw(out, r#"{"record":"article","schema_version":"#);
    string(out, &r.schema_version);
    raw(out, r#","id":"#);
    string(out, &r.id);
    raw(out, r#","path":"#);
    string(out, &r.path);
    raw(out, r#","title":"#);
    opt_string(out, r.title.as_deref());
    raw(out, r#","outlet":"#);
    opt_string(out, r.outlet.as_deref());
    raw(out, r#","relays":"#);
    strings(out, &r.relays);
    raw(out, r#","bytes":"#);
    uint(out, r.bytes);
    raw(out, "}");
}

fn sentence(r: &SentenceRecord, head: &Head, out: &mut Vec<u8>) {
    head.write(out);
    uint(out, r.index);
    raw(out, r#","text":"#);
    string(out, r.text);
    raw(out, r#","start":"#);
    uint(out, r.start);
    raw(out, r#","end":"#);
    uint(out, r.end);
    raw(out, r#","role":"#);
    fixed(out, r.role);
    raw(out, "}");
}

fn figure(r: &FigureRecord, head: &Head, out: &mut Vec<u8>) {
    head.write(out);
    string(out, r.id);
    raw(out, r#","text":"#);
    string(out, r.text);
    raw(out, r#","start":"#);
    uint(out, r.start);
    raw(out, r#","end":"#);
    uint(out, r.end);
    raw(out, r#","kind":"#);
    fixed(out, r.kind);
    raw(out, r#","value":"#);
    opt_f64(out, r.value);
    raw(out, r#","unit":"#);
    opt_string(out, r.unit);
    raw(out, r#","approximate":"#);
    boolean(out, r.approximate);
    raw(out, r#","qualifier":"#);
    opt_string(out, r.qualifier);
    // The flattened fields, present only on dates and ranges.
    if let Some(d) = &r.date {
        raw(out, r#","date":"#);
        opt_string(out, d.date);
        raw(out, r#","resolved":"#);
        boolean(out, d.resolved);
    }
    if let Some(range) = &r.range {
        raw(out, r#","low":"#);
        opt_f64(out, range.low);
        raw(out, r#","high":"#);
        opt_f64(out, range.high);
    }
    raw(out, "}");
}

/// An entity of the model as its [`wire::EntityRecord`], its mentions taken
/// from the model one at a time rather than gathered into a list.
fn model_entity(a: &Article, e: &model::Entity, head: &Head, out: &mut Vec<u8>) {
    let mentions = e.mentions.iter().map(|&m| Mention::new(a, m));
    entity(head, &e.name, e.kind.as_str(), &e.aliases, mentions, out);
}

/// A [`wire::EntityRecord`], given field by field.
fn entity<'m, M>(
    head: &Head,
    name: &str,
    kind: &'static str,
    aliases: &[String],
    mentions: M,
    out: &mut Vec<u8>,
) where
    M: IntoIterator,
    M::Item: std::borrow::Borrow<Mention<'m>>,
{
    use std::borrow::Borrow;
    head.write(out);
    string(out, name);
    raw(out, r#","type":"#);
    fixed(out, kind);
    raw(out, r#","aliases":"#);
    strings(out, aliases);
    raw(out, r#","mentions":["#);
    for (k, m) in mentions.into_iter().enumerate() {
        if k > 0 {
            raw(out, ",");
        }
        mention(m.borrow(), out);
    }
    raw(out, "]}");
}

fn claim(r: &ClaimRecord, head: &Head, out: &mut Vec<u8>) {
    head.write(out);
    string(out, r.id);
    raw(out, r#","text":"#);
    string(out, r.text);
    raw(out, r#","start":"#);
    uint(out, r.start);
    raw(out, r#","end":"#);
    uint(out, r.end);
    raw(out, r#","sentence":"#);
    uint(out, r.sentence);
    raw(out, r#","attribution":"#);
    match &r.attribution {
        Some(a) => attribution(a, out),
        None => raw(out, "null"),
    }
    let no_hedge = r.hedges.is_empty() && r.writer_hedges.is_empty() && r.source_hedges.is_empty();
    if no_hedge && !r.hedged {
        // Most claims: their four fields about hedges in one piece.
        raw(
            out,
            r#","hedged":false,"hedges":[],"writer_hedges":[],"source_hedges":[]"#,
        );
    } else {
        raw(out, r#","hedged":"#);
        boolean(out, r.hedged);
        raw(out, r#","hedges":"#);
        strings(out, r.hedges);
        raw(out, r#","writer_hedges":"#);
        strings(out, &r.writer_hedges);
        raw(out, r#","source_hedges":"#);
        strings(out, r.source_hedges);
    }
    raw(out, r#","entities":"#);
    strings(out, r.entities);
    raw(out, r#","figures":"#);
    strings(out, r.figures);
    raw(out, "}");
}

fn attribution(a: &AttributionRecord, out: &mut Vec<u8>) {
    raw(out, r#"{"source":"#);
    opt_string(out, a.source);
    raw(out, r#","source_type":"#);
    fixed(out, a.source_type);
    raw(out, r#","mention":"#);
    match &a.mention {
        Some(m) => mention(m, out),
        None => raw(out, "null"),
    }
    raw(out, r#","verb":"#);
    opt_string(out, a.verb);
    raw(out, r#","quote":"#);
    fixed(out, a.quote);
    raw(out, "}");
}

fn source(r: &SourceRecord, head: &Head, out: &mut Vec<u8>) {
    head.write(out);
    string(out, r.name);
    raw(out, r#","type":"#);
    fixed(out, r.kind);
    raw(out, r#","role":"#);
    opt_string(out, r.role);
    raw(out, r#","claims":"#);
    strings(out, r.claims);
    raw(out, "}");
}

fn mention(m: &Mention, out: &mut Vec<u8>) {
    raw(out, r#"{"text":"#);
    string(out, m.text);
    raw(out, r#","start":"#);
    uint(out, m.start);
    raw(out, r#","end":"#);
    uint(out, m.end);
    raw(out, "}");
}

/// The opening of a record of an article, up to the value of its second
/// field: `{"record":"claim","article":"a1","id":`. Made once for all the
/// article's records of a kind, so that the article's id is escaped once,
/// and written with one copy.
struct Head(Vec<u8>);

impl Head {
    fn new(record: &'static str, article: &str, second: &'static str) -> Head {
        let mut json = Vec::with_capacity(article.len() + 48);
        raw(&mut json, r#"{"record":"#);
        fixed(&mut json, record);
        raw(&mut json, r#","article":"#);
        string(&mut json, article);
        raw(&mut json, ",");
        fixed(&mut json, second);
        raw(&mut json, ":");
        Head(json)
    }

    fn sentence(article: &str) -> Head {
        Head::new("sentence", article, "index")
    }

    fn figure(article: &str) -> Head {
        Head::new("figure", article, "id")
    }

    fn entity(article: &str) -> Head {
        Head::new("entity", article, "name")
    }

    fn claim(article: &str) -> Head {
        Head::new("claim", article, "id")
    }

    fn source(article: &str) -> Head {
        Head::new("source", article, "name")
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0);
    }
}

/// Fixed JSON text, written as it is. Inlined, so that the length of the
/// literal is known where it is copied.
#[inline(always)]
fn raw(out: &mut Vec<u8>, json: &str) {
    out.extend_from_slice(json.as_bytes());
}

/// One of the fixed names the model gives its kinds ("body", "person"):
/// a JSON string that needs no escape, so none is looked for.
fn fixed(out: &mut Vec<u8>, s: &'static str) {
    debug_assert!(first_to_escape(s.as_bytes()).is_none(), "{s:?}");
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
}

fn opt_string(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(v) => string(out, v),
        None => raw(out, "null"),
    }
}

fn strings(out: &mut Vec<u8>, values: &[String]) {
    let Some((first, rest)) = values.split_first() else {
        raw(out, "[]");
        return;
    };
    raw(out, "[");
    string(out, first);
    for v in rest {
        raw(out, ",");
        string(out, v);
    }
    raw(out, "]");
}

fn boolean(out: &mut Vec<u8>, value: bool) {
    raw(out, if value { "true" } else { "false" });
}

fn uint(out: &mut Vec<u8>, value: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// A number as serde_json writes it (`null` when not finite).
fn opt_f64(out: &mut Vec<u8>, value: Option<f64>) {
    match value {
        Some(v) if v.is_finite() => {
            if serde_json::to_writer(&mut *out, &v).is_err() {
                raw(out, "null");
            }
        }
        _ => raw(out, "null"),
    }
}

/// `s` as a JSON string, escaped as serde_json escapes it: `"` and `\`, and
/// the control characters (`\b \f \n \r \t` by name, the others as
/// `\u00xx`); every other character, ASCII or not, as it is. The runs
/// between escapes are copied whole.
fn string(out: &mut Vec<u8>, s: &str) {
    let mut rest = s.as_bytes();
    out.reserve(rest.len() + 2);
    out.push(b'"');
    while let Some(i) = first_to_escape(rest) {
        let (run, from) = rest.split_at(i);
        out.extend_from_slice(run);
        escape(out, from[0]);
        rest = &from[1..];
    }
    out.extend_from_slice(rest);
    out.push(b'"');
}

/// Whether byte `b` needs an escape in a JSON string: a control character
/// (below 0x20), a quotation mark or a backslash.
const fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// [`needs_escape`] of every byte.
const NEEDS_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = needs_escape(b as u8);
        b += 1;
    }
    table
};

/// The index of the first byte of `bytes` that [`needs_escape`], if any.
/// Most strings need no escape: the scan tests several bytes at once, and
/// goes a byte at a time only where such a test found something, or over
/// strings of fewer than eight bytes.
fn first_to_escape(bytes: &[u8]) -> Option<usize> {
    // Sixteen bytes at a time while none of them needs an escape.
    let mut clean = 0;
    while let Some(chunk) = bytes.get(clean..clean + 16) {
        if any_to_escape(chunk) {
            break;
        }
        clean += 16;
    }
    let rest = &bytes[clean..];
    // Fewer than sixteen bytes left (unless `break` left the chunk that
    // holds one): the last sixteen bytes of the string when it has so many
    // (those before `rest` are known not to need one), else the first and
    // the last eight of `rest` when it has so many.
    let maybe = if rest.len() >= 16 {
        true
    } else if let Some(last) = bytes.len().checked_sub(16) {
        !rest.is_empty() && any_to_escape(&bytes[last..])
    } else if let Some(last) = rest.len().checked_sub(8) {
        any_to_escape(&rest[..8]) || any_to_escape(&rest[last..])
    } else {
        !rest.is_empty()
    };
    if !maybe {
        return None;
    }
    rest.iter()
        .position(|&b| NEEDS_ESCAPE[usize::from(b)])
        .map(|i| clean + i)
}

/// Whether any byte of `chunk` (of eight or sixteen bytes) [`needs_escape`].
/// The test has no branch (`|`, not `||`) and is inlined where the length
/// is known, so that the compiler tests the bytes together (in vector
/// instructions).
#[inline(always)]
fn any_to_escape(chunk: &[u8]) -> bool {
    chunk.iter().fold(false, |any, &b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    })
}

fn escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let named = match b {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0c => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            let hex = [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]];
            out.extend_from_slice(b"\\u00");
            out.extend_from_slice(&hex);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', named]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::wire::{DateFields, EntityRecord, RangeFields};

    /// Every byte below 0x80 and some beyond, in runs long and short.
    fn awkward() -> String {
        let mut s: String = (0u8..0x80).map(char::from).collect();
        s.push_str("“quoted” — é 北京 \\\"\u{7f}\u{2028}");
        s.push_str(&s.clone());
        s
    }

    fn same(record: Record) {
        let mut ours = Vec::new();
        assert!(write(&record, &mut ours));
        let theirs = serde_json::to_vec(&record).unwrap_or_default();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    /// Every string of up to four of these pieces: runs of bytes that need
    /// no escape, of lengths about the widths the scan tests at once,
    /// between the bytes that need one and characters of two, three and
    /// four bytes (U+2028 and U+2029 too, which JSON leaves as they are).
    fn generated() -> Vec<String> {
        let pieces = [
            "a",
            "abcdefg",
            "0123456789abcde",
            "\"",
            "\\",
            "\n",
            "\u{1}",
            "\u{1f}",
            "\u{7f}",
            "é",
            "北",
            "\u{2028}\u{2029}",
            "😀",
        ];
        crate::testing::strings_of(&pieces, 4)
    }

    #[test]
    fn generated_strings_escape_as_serde_json_does() {
        for s in generated() {
            let mut ours = Vec::new();
            string(&mut ours, &s);
            let theirs = serde_json::to_string(&s).unwrap_or_default();
            assert_eq!(String::from_utf8_lossy(&ours), theirs, "{s:?}");
        }
    }

    #[test]
    fn the_scan_finds_the_first_byte_to_escape() {
        for s in generated() {
            let b = s.as_bytes();
            let expected = b.iter().position(|&b| needs_escape(b));
            assert_eq!(first_to_escape(b), expected, "{s:?}");
        }
    }

    #[test]
    fn an_article_is_written_as_serde_json_writes_its_records() {
        let text = "Harbour \"news\"\n\n\
            SEOUL (Reuters) - The harbour authority, led by Kim Jong-su, reopened \
            the northern pier to 40 cargo vessels on Monday after a decade of \
            repairs costing $3.5 million, officials said.\t\"It may take weeks,\" \
            said Kim, citing a 2019 report.\n\n\
            About 1,200 people live in the bay \u{2028} \u{1}, according to \
            the city.\n";
        let doc = crate::input::Document {
            id: "a\"1".to_string(),
            path: "dir\\a1.txt".to_string(),
            text: text.to_string(),
        };
        let a = crate::pipeline::analyze(doc, &crate::model::Options::default());
        assert!(!a.claims.is_empty() && !a.entities.is_empty() && !a.figures.is_empty());
        let mut theirs = Vec::new();
        let mut line = |record: Record| {
            serde_json::to_writer(&mut theirs, &record).unwrap_or_default();
            theirs.push(b'\n');
        };
        line(Record::Article(wire::article(&a)));
        wire::sentences(&a)
            .into_iter()
            .for_each(|r| line(Record::Sentence(r)));
        wire::figures(&a)
            .into_iter()
            .for_each(|r| line(Record::Figure(r)));
        wire::entities(&a)
            .into_iter()
            .for_each(|r| line(Record::Entity(r)));
        wire::claims(&a)
            .into_iter()
            .for_each(|r| line(Record::Claim(r)));
        wire::sources(&a)
            .into_iter()
            .for_each(|r| line(Record::Source(r)));
        let mut ours = Vec::new();
        article_records(View::Extract, &a, &mut ours);
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let s = awkward();
        for start in 0..40 {
            for end in [start, start + 1, start + 9, s.len()] {
                let Some(piece) = s.get(start..end) else {
                    continue;
                };
                let mut ours = Vec::new();
                string(&mut ours, piece);
                let theirs = serde_json::to_vec(piece).unwrap_or_default();
                assert_eq!(ours, theirs, "{piece:?}");
            }
        }
    }

    #[test]
    fn records_are_written_as_serde_json_writes_them() {
        let s = awkward();
        let strings = vec![s.clone(), String::new(), "c1".to_string()];
        let m = |start| Mention {
            text: &s,
            start,
            end: usize::MAX,
        };
        same(Record::Article(ArticleRecord {
            schema_version: "1.2".into(),
            id: s.clone(),
            path: "a/b.txt".into(),
            title: None,
            outlet: Some(s.clone()),
            relays: strings.clone(),
            bytes: 0,
        }));
        same(Record::Sentence(SentenceRecord {
            article: &s,
            index: 7,
            text: "",
            start: 10,
            end: 123_456_789,
            role: "body",
        }));
        for (value, date, range) in [
            (Some(2_000_000.0), None, None),
            (
                Some(0.1),
                Some(DateFields {
                    date: Some("2018-03"),
                    resolved: true,
                }),
                None,
            ),
            (
                None,
                Some(DateFields {
                    date: None,
                    resolved: false,
                }),
                Some(RangeFields {
                    low: Some(-0.0),
                    high: Some(1e300),
                }),
            ),
            (
                Some(f64::NAN),
                None,
                Some(RangeFields {
                    low: Some(f64::INFINITY),
                    high: None,
                }),
            ),
        ] {
            same(Record::Figure(FigureRecord {
                article: "a1",
                id: "f1",
                text: &s,
                start: 1,
                end: 2,
                kind: "money",
                value,
                unit: Some("usd"),
                approximate: true,
                qualifier: None,
                date,
                range,
            }));
        }
        for mentions in [vec![], vec![m(0)], vec![m(1), m(2)]] {
            same(Record::Entity(EntityRecord {
                article: "a1",
                name: &s,
                kind: "person",
                aliases: &strings,
                mentions,
            }));
        }
        for attribution in [
            None,
            Some(AttributionRecord {
                source: Some(&s),
                source_type: "person",
                mention: Some(m(3)),
                verb: None,
                quote: "direct",
            }),
            Some(AttributionRecord {
                source: None,
                source_type: "outlet",
                mention: None,
                verb: Some("said"),
                quote: "none",
            }),
        ] {
            // Hedged, unhedged (written in one piece), and the odd mixes.
            for (hedged, hedges) in [
                (true, &strings[..]),
                (false, &[]),
                (true, &[]),
                (false, &strings[..]),
            ] {
                same(Record::Claim(ClaimRecord {
                    article: "a1",
                    id: "c1",
                    text: &s,
                    start: 0,
                    end: 5,
                    sentence: 3,
                    attribution: attribution.clone(),
                    hedged,
                    hedges,
                    writer_hedges: hedges.to_vec(),
                    source_hedges: &[],
                    entities: &strings[..1],
                    figures: &strings,
                }));
            }
        }
        same(Record::Source(SourceRecord {
            article: "a1",
            name: &s,
            kind: "anonymous",
            role: None,
            claims: &strings,
        }));
    }
}
