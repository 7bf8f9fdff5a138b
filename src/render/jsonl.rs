//! JSON Lines for the records of one article, written by hand.
//!
//! These records are most of the output of every per-article command, and
//! serde's generic machinery (a call per field, strings escaped a byte at a
//! time) cost more than the analysis of some stages. [`write`] writes the
//! very bytes `serde_json::to_writer` writes for them: the same field
//! order, escapes and number formats (a unit test holds it to that). Other
//! records return `false` and go through serde.

use super::wire::{
    ArticleRecord, AttributionRecord, ClaimRecord, EntityRecord, FigureRecord, Mention, Record,
    SentenceRecord, SourceRecord,
};

/// Appends `record` as JSON to `out`, if it is a record of one article;
/// `false` (with nothing written) for the others.
pub fn write(record: &Record, out: &mut Vec<u8>) -> bool {
    match record {
        Record::Article(r) => article(r, out),
        Record::Sentence(r) => sentence(r, out),
        Record::Figure(r) => figure(r, out),
        Record::Entity(r) => entity(r, out),
        Record::Claim(r) => claim(r, out),
        Record::Source(r) => source(r, out),
        _ => return false,
    }
    true
}

fn article(r: &ArticleRecord, out: &mut Vec<u8>) {
    let mut o = Object::record(out, "article");
    o.str("schema_version", &r.schema_version);
    o.str("id", &r.id);
    o.str("path", &r.path);
    o.opt_str("title", r.title.as_deref());
    o.opt_str("outlet", r.outlet.as_deref());
    o.strs("relays", &r.relays);
    o.uint("bytes", r.bytes);
    o.close();
}

fn sentence(r: &SentenceRecord, out: &mut Vec<u8>) {
    let mut o = Object::record(out, "sentence");
    o.str("article", r.article);
    o.uint("index", r.index);
    o.str("text", r.text);
    o.uint("start", r.start);
    o.uint("end", r.end);
    o.str("role", r.role);
    o.close();
}

fn figure(r: &FigureRecord, out: &mut Vec<u8>) {
    let mut o = Object::record(out, "figure");
    o.str("article", r.article);
    o.str("id", r.id);
    o.str("text", r.text);
    o.uint("start", r.start);
    o.uint("end", r.end);
    o.str("kind", r.kind);
    o.opt_f64("value", r.value);
    o.opt_str("unit", r.unit);
    o.bool("approximate", r.approximate);
    o.opt_str("qualifier", r.qualifier);
    // The flattened fields, present only on dates and ranges.
    if let Some(d) = &r.date {
        o.opt_str("date", d.date);
        o.bool("resolved", d.resolved);
    }
    if let Some(range) = &r.range {
        o.opt_f64("low", range.low);
        o.opt_f64("high", range.high);
    }
    o.close();
}

fn entity(r: &EntityRecord, out: &mut Vec<u8>) {
    let mut o = Object::record(out, "entity");
    o.str("article", r.article);
    o.str("name", r.name);
    o.str("type", r.kind);
    o.strs("aliases", r.aliases);
    let list = o.key("mentions");
    list.push(b'[');
    for (k, m) in r.mentions.iter().enumerate() {
        if k > 0 {
            list.push(b',');
        }
        mention(m, list);
    }
    list.push(b']');
    o.close();
}

fn claim(r: &ClaimRecord, out: &mut Vec<u8>) {
    let mut o = Object::record(out, "claim");
    o.str("article", r.article);
    o.str("id", r.id);
    o.str("text", r.text);
    o.uint("start", r.start);
    o.uint("end", r.end);
    o.uint("sentence", r.sentence);
    match &r.attribution {
        Some(a) => attribution(a, o.key("attribution")),
        None => o.null("attribution"),
    }
    o.bool("hedged", r.hedged);
    o.strs("hedges", r.hedges);
    o.strs("writer_hedges", &r.writer_hedges);
    o.strs("source_hedges", r.source_hedges);
    o.strs("entities", r.entities);
    o.strs("figures", r.figures);
    o.close();
}

fn attribution(a: &AttributionRecord, out: &mut Vec<u8>) {
    let mut o = Object::open(out);
    o.opt_str("source", a.source);
    o.str("source_type", a.source_type);
    match &a.mention {
        Some(m) => mention(m, o.key("mention")),
        None => o.null("mention"),
    }
    o.opt_str("verb", a.verb);
    o.str("quote", a.quote);
    o.close();
}

fn source(r: &SourceRecord, out: &mut Vec<u8>) {
    let mut o = Object::record(out, "source");
    o.str("article", r.article);
    o.str("name", r.name);
    o.str("type", r.kind);
    o.opt_str("role", r.role);
    o.strs("claims", r.claims);
    o.close();
}

fn mention(m: &Mention, out: &mut Vec<u8>) {
    let mut o = Object::open(out);
    o.str("text", m.text);
    o.uint("start", m.start);
    o.uint("end", m.end);
    o.close();
}

/// A JSON object being written: fields are appended in the order given.
struct Object<'o> {
    out: &'o mut Vec<u8>,
    first: bool,
}

impl<'o> Object<'o> {
    fn open(out: &'o mut Vec<u8>) -> Self {
        out.push(b'{');
        Object { out, first: true }
    }

    /// An object opening with the `record` tag, as `Record` is tagged.
    fn record(out: &'o mut Vec<u8>, kind: &str) -> Self {
        let mut o = Object::open(out);
        o.str("record", kind);
        o
    }

    /// Writes the key of the next field (keys need no escaping) and
    /// returns the buffer, for its value.
    fn key(&mut self, key: &str) -> &mut Vec<u8> {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
        self.out
    }

    fn str(&mut self, key: &str, value: &str) {
        string(self.key(key), value);
    }

    fn null(&mut self, key: &str) {
        self.key(key).extend_from_slice(b"null");
    }

    fn opt_str(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(v) => self.str(key, v),
            None => self.null(key),
        }
    }

    fn bool(&mut self, key: &str, value: bool) {
        let v: &[u8] = if value { b"true" } else { b"false" };
        self.key(key).extend_from_slice(v);
    }

    fn uint(&mut self, key: &str, value: usize) {
        let out = self.key(key);
        out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
    }

    /// A number as serde_json writes it (`null` when not finite).
    fn opt_f64(&mut self, key: &str, value: Option<f64>) {
        let out = self.key(key);
        match value {
            Some(v) if v.is_finite() => {
                if serde_json::to_writer(&mut *out, &v).is_err() {
                    out.extend_from_slice(b"null");
                }
            }
            _ => out.extend_from_slice(b"null"),
        }
    }

    fn strs(&mut self, key: &str, values: &[String]) {
        let out = self.key(key);
        out.push(b'[');
        for (k, v) in values.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            string(out, v);
        }
        out.push(b']');
    }

    fn close(self) {
        self.out.push(b'}');
    }
}

/// `s` as a JSON string, escaped as serde_json escapes it: `"` and `\`, and
/// the control characters (`\b \f \n \r \t` by name, the others as
/// `\u00xx`); every other character, ASCII or not, as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.push(b'"');
    // The bytes from `copied` to `i` need no escape and are not yet written.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none of them needs an escape.
        if let Some(chunk) = bytes.get(i..i + 8)
            && let Ok(chunk) = <[u8; 8]>::try_from(chunk)
            && !any_to_escape(u64::from_le_bytes(chunk))
        {
            i += 8;
            continue;
        }
        let b = bytes[i];
        if b < 0x20 || b == b'"' || b == b'\\' {
            out.extend_from_slice(&bytes[copied..i]);
            escape(out, b);
            copied = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

/// Whether any of the eight bytes of `chunk` needs an escape: a byte below
/// 0x20, a quotation mark or a backslash. The classic bit tricks: `x - n`
/// borrows into a byte's high bit, not set in `x`, exactly when some byte
/// is below `n` (exact for the word as a whole, which is all that is asked).
fn any_to_escape(chunk: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH != 0;
    let holds = |x: u64, b: u8| below(x ^ (ONES * u64::from(b)), 1);
    below(chunk, 0x20) || holds(chunk, b'"') || holds(chunk, b'\\')
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
    use crate::render::wire::{DateFields, RangeFields};

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
            same(Record::Claim(ClaimRecord {
                article: "a1",
                id: "c1",
                text: &s,
                start: 0,
                end: 5,
                sentence: 3,
                attribution,
                hedged: true,
                hedges: &strings,
                writer_hedges: strings.clone(),
                source_hedges: &[],
                entities: &strings[..1],
                figures: &strings,
            }));
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
