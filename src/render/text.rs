//! The text views, for people: aligned, plain, coloured only on request
//! (a terminal without `NO_COLOR`).

use super::{Digest, View};
use crate::model::{Article, Claim, FigureKind};
use crate::xref::{ClaimRef, Difference};
use std::io::{self, Write};

/// ANSI styling that is a no-op when colour is off.
#[derive(Clone, Copy)]
pub struct Style {
    color: bool,
}

impl Style {
    pub fn new(color: bool) -> Self {
        Style { color }
    }

    fn paint(self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    pub fn bold(self, s: &str) -> String {
        self.paint("1", s)
    }
    pub fn dim(self, s: &str) -> String {
        self.paint("2", s)
    }
    pub fn red(self, s: &str) -> String {
        self.paint("31", s)
    }
    pub fn green(self, s: &str) -> String {
        self.paint("32", s)
    }
    pub fn yellow(self, s: &str) -> String {
        self.paint("33", s)
    }
}

pub fn render(view: View, d: &Digest, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let st = Style::new(color);
    match view {
        View::Summary => summary(d, st, out),
        View::Xref => {
            for c in d.clusters {
                cluster(d, c, st, out)?;
            }
            Ok(())
        }
        View::Diff => diff(d, st, out),
        _ => {
            for (i, a) in d.articles.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                article(view, a, st, out)?;
            }
            Ok(())
        }
    }
}

fn heading(a: &Article, st: Style, out: &mut dyn Write) -> io::Result<()> {
    let title = a.title.as_deref().unwrap_or("(no headline)");
    writeln!(
        out,
        "{} {}",
        st.bold(&format!("== {}", a.id)),
        st.bold(title)
    )
}

pub fn article(view: View, a: &Article, st: Style, out: &mut dyn Write) -> io::Result<()> {
    heading(a, st, out)?;
    let all = view == View::Extract;
    if all {
        writeln!(out, "path:    {}", a.path)?;
        writeln!(out, "outlet:  {}", a.outlet.as_deref().unwrap_or("unknown"))?;
        if !a.relays.is_empty() {
            writeln!(out, "relays:  {}", a.relays.join(", "))?;
        }
    }
    if all || view == View::Sentences {
        section("sentences", all, st, out)?;
        for s in &a.sentences {
            let role = format!("{:<14}", s.role.as_str());
            writeln!(
                out,
                "{:>4}  {}  {}",
                s.index,
                st.dim(&role),
                a.slice(s.span)
            )?;
        }
    }
    if all || view == View::Figures {
        section("figures", all, st, out)?;
        for f in &a.figures {
            writeln!(
                out,
                "{:>4}  {:<9} {:<28} {}",
                f.id,
                f.kind.as_str(),
                a.slice(f.span),
                st.dim(&figure_value(f))
            )?;
        }
    }
    if all || view == View::Entities {
        section("entities", all, st, out)?;
        for e in &a.entities {
            let aliases = if e.aliases.is_empty() {
                String::new()
            } else {
                format!("  aka {}", e.aliases.join(", "))
            };
            writeln!(
                out,
                "  {:<40} {:<12} {:>3}x{}",
                e.name,
                e.kind.as_str(),
                e.mentions.len(),
                st.dim(&aliases)
            )?;
        }
    }
    if all || view == View::Claims {
        section("claims", all, st, out)?;
        for c in &a.claims {
            claim_line(a, c, "  ", st, out)?;
        }
    }
    if all || view == View::Sources {
        section("sources", all, st, out)?;
        for s in &a.sources {
            let role = s
                .role
                .as_deref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {} ({}{}): {}",
                st.bold(&s.name),
                s.kind.as_str(),
                role,
                s.claims.join(" ")
            )?;
        }
    }
    Ok(())
}

fn section(name: &str, show: bool, st: Style, out: &mut dyn Write) -> io::Result<()> {
    if show {
        writeln!(out, "{}", st.bold(&format!("-- {name}")))?;
    }
    Ok(())
}

/// "2000 container, approximate (an estimated)" and the like.
pub fn figure_value(f: &crate::model::Figure) -> String {
    let mut parts = Vec::new();
    match (f.kind, &f.date) {
        (FigureKind::Date, Some(d)) => parts.push(d.clone()),
        (FigureKind::Date, None) if f.unresolved => parts.push("unresolved".to_string()),
        _ => {}
    }
    if let (Some(lo), Some(hi)) = (f.low, f.high) {
        parts.push(format!("{}..{}", number(lo), number(hi)));
    } else if let Some(v) = f.value {
        parts.push(number(v));
    }
    if let Some(u) = &f.unit {
        parts.push(u.clone());
    }
    let mut s = parts.join(" ");
    if let Some(q) = &f.qualifier {
        s.push_str(&format!(" ({q})"));
    } else if f.approximate {
        s.push_str(" (approximate)");
    }
    s
}

/// A number without a useless ".0".
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// "Jeong Eunlee (said, direct)", "experts (say)", or "article's own voice".
fn attribution(c: &Claim) -> String {
    match &c.attribution {
        None => "own voice".to_string(),
        Some(at) => {
            let who = at.source.as_deref().unwrap_or("unresolved source");
            let mut how = Vec::new();
            if let Some(v) = &at.verb {
                how.push(v.clone());
            }
            if at.quote != crate::model::QuoteKind::None {
                how.push(at.quote.as_str().to_string());
            }
            if how.is_empty() {
                who.to_string()
            } else {
                format!("{who} ({})", how.join(", "))
            }
        }
    }
}

fn claim_line(
    a: &Article,
    c: &Claim,
    indent: &str,
    st: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{indent}{} {}",
        st.dim(&format!("{:<4}", c.id)),
        a.slice(c.span)
    )?;
    let mut notes = vec![attribution(c)];
    if c.hedged() {
        notes.push(format!("hedged: {}", c.hedges.join(", ")));
    }
    writeln!(
        out,
        "{indent}     {}",
        st.dim(&format!("<- {}", notes.join("; ")))
    )
}

fn member_line(
    d: &Digest,
    r: ClaimRef,
    mark: &str,
    st: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let a = &d.articles[r.article];
    let c = r.get(d.articles);
    writeln!(out, "  {mark} [{}] {}", st.bold(&a.id), a.slice(c.span))?;
    let mut notes = vec![attribution(c)];
    if c.hedged() {
        notes.push(format!("hedged: {}", c.hedges.join(", ")));
    }
    writeln!(out, "      {}", st.dim(&format!("<- {}", notes.join("; "))))
}

fn differences(ds: &[Difference], st: Style, out: &mut dyn Write) -> io::Result<()> {
    for diff in ds {
        writeln!(
            out,
            "    {} {}",
            st.yellow(&format!("~ {}:", diff.kind.as_str())),
            diff.detail
        )?;
    }
    Ok(())
}

fn cluster(d: &Digest, c: &crate::xref::Cluster, st: Style, out: &mut dyn Write) -> io::Result<()> {
    let outlets = if c.outlets < c.articles {
        let relayed = shared_relays(d, c);
        let via = if relayed.is_empty() {
            String::new()
        } else {
            format!(": they relay {}", relayed.join(", "))
        };
        format!(
            ", {} independent outlet{}{via}",
            c.outlets,
            if c.outlets == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    writeln!(
        out,
        "{} {}",
        st.bold(&c.id),
        st.dim(&format!("{} articles{outlets}", c.articles))
    )?;
    for &m in &c.members {
        member_line(d, m, "*", st, out)?;
    }
    differences(&c.differences, st, out)?;
    writeln!(out)
}

/// Outlets relayed by more than one article of the cluster.
fn shared_relays(d: &Digest, c: &crate::xref::Cluster) -> Vec<String> {
    let mut articles: Vec<usize> = c.members.iter().map(|m| m.article).collect();
    articles.dedup();
    let mut out: Vec<String> = Vec::new();
    for (i, &x) in articles.iter().enumerate() {
        for &y in &articles[i + 1..] {
            for r in &d.articles[x].relays {
                if d.articles[y].relays.contains(r) && !out.contains(r) {
                    out.push(r.clone());
                }
            }
        }
    }
    out
}

fn diff(d: &Digest, st: Style, out: &mut dyn Write) -> io::Result<()> {
    let Some(diff) = d.diff else { return Ok(()) };
    let (a, b) = (&d.articles[0], &d.articles[1]);
    let text = |r: ClaimRef| d.articles[r.article].slice(r.get(d.articles).span);
    writeln!(out, "{}", st.red(&format!("--- {}", a.path)))?;
    writeln!(out, "{}", st.green(&format!("+++ {}", b.path)))?;
    writeln!(
        out,
        "{} shared, {} changed, {} only in {}, {} only in {}",
        diff.shared.len(),
        diff.changed.len(),
        diff.only_a.len(),
        a.id,
        diff.only_b.len(),
        b.id
    )?;
    let pairs = diff
        .changed
        .iter()
        .map(|(x, y, ds)| (*x, *y, ds.as_slice()))
        .chain(diff.shared.iter().map(|&(x, y)| (x, y, &[][..])));
    for (x, y, ds) in pairs {
        let mark = if ds.is_empty() {
            "=".to_string()
        } else {
            st.yellow("~")
        };
        writeln!(out)?;
        writeln!(out, "{mark} {}", text(x))?;
        writeln!(out, "  {} {}", st.dim("vs"), text(y))?;
        differences(ds, st, out)?;
    }
    for (only, sign) in [(&diff.only_a, '-'), (&diff.only_b, '+')] {
        if !only.is_empty() {
            writeln!(out)?;
        }
        for &r in only {
            let line = format!("{sign} {}", text(r));
            let line = if sign == '-' {
                st.red(&line)
            } else {
                st.green(&line)
            };
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// Single-article claims shown per article before "... and N more": up to
/// this many for a few articles, fewer as the corpus grows, so that the
/// list stays near [`SINGLE_BUDGET`] lines, but never fewer than 3.
const SINGLE_PER_ARTICLE: usize = 12;
const SINGLE_BUDGET: usize = 150;
/// Figure groups shown in the summary: those given by most articles first.
const KEY_FIGURES: usize = 25;
/// Entities shown in the summary.
const MAIN_ENTITIES: usize = 15;

fn summary(d: &Digest, st: Style, out: &mut dyn Write) -> io::Result<()> {
    let claims: usize = d.articles.iter().map(|a| a.claims.len()).sum();
    writeln!(
        out,
        "{} articles, {} claims, {} shared by several articles",
        d.articles.len(),
        claims,
        d.clusters.len()
    )?;
    writeln!(out)?;
    summary_articles(d, st, out)?;
    summary_clusters(d, st, out)?;
    summary_single(d, st, out)?;
    summary_figures(d, st, out)?;
    summary_entities(d, st, out)
}

fn summary_articles(d: &Digest, st: Style, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", st.bold("ARTICLES"))?;
    for a in d.articles {
        let outlet = a.outlet.as_deref().unwrap_or("outlet unknown");
        let relays = if a.relays.is_empty() {
            String::new()
        } else {
            format!(", relaying {}", a.relays.join(", "))
        };
        writeln!(
            out,
            "  {}  {}",
            st.bold(&a.id),
            st.dim(&format!("{outlet}{relays}"))
        )?;
        writeln!(out, "    {}", a.title.as_deref().unwrap_or("(no headline)"))?;
        for s in &a.sources {
            let role = s
                .role
                .as_deref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default();
            let n = s.claims.len();
            let claims = format!("{n} claim{}", if n == 1 { "" } else { "s" });
            writeln!(
                out,
                "    - {} {}",
                s.name,
                st.dim(&format!("({}{role}; {claims})", s.kind.as_str()))
            )?;
        }
    }
    writeln!(out)
}

/// Clusters whose members disagree come first, figures before hedging,
/// attribution and negation; then the best-backed.
fn summary_clusters(d: &Digest, st: Style, out: &mut dyn Write) -> io::Result<()> {
    use crate::xref::DifferenceKind;
    let mut order: Vec<&crate::xref::Cluster> = d.clusters.iter().collect();
    let rank = |c: &crate::xref::Cluster| {
        let has = |k| c.differences.iter().any(|x| x.kind == k);
        (
            !has(DifferenceKind::Figure),
            !(has(DifferenceKind::Hedge)
                || has(DifferenceKind::Attribution)
                || has(DifferenceKind::Negation)),
            std::cmp::Reverse(c.outlets),
        )
    };
    order.sort_by_key(|c| rank(c));
    // Wording ("detail") differs in nearly every pair; what a reader weighs
    // is a figure, a hedge, a source or a negation that differs.
    let differing = order
        .iter()
        .filter(|c| {
            c.differences
                .iter()
                .any(|d| d.kind != DifferenceKind::Detail)
        })
        .count();
    writeln!(
        out,
        "{}",
        st.bold(&format!(
            "SHARED CLAIMS ({}; {differing} differ in figures, hedging, attribution or negation)",
            order.len()
        ))
    )?;
    if order.is_empty() {
        writeln!(out, "  (none)")?;
        writeln!(out)?;
    }
    for c in order {
        cluster(d, c, st, out)?;
    }
    Ok(())
}

fn summary_single(d: &Digest, st: Style, out: &mut dyn Write) -> io::Result<()> {
    let single = d.single_claims();
    let per_article = (SINGLE_BUDGET / d.articles.len().max(1)).clamp(3, SINGLE_PER_ARTICLE);
    writeln!(
        out,
        "{}",
        st.bold(&format!("ONLY ONE ARTICLE ({} claims)", single.len()))
    )?;
    for (ai, a) in d.articles.iter().enumerate() {
        let mine: Vec<&ClaimRef> = single.iter().filter(|r| r.article == ai).collect();
        if mine.is_empty() {
            continue;
        }
        writeln!(out, "  {}", st.bold(&a.id))?;
        for r in mine.iter().take(per_article) {
            let c = r.get(d.articles);
            let who = match &c.attribution {
                Some(_) => format!("  <- {}", attribution(c)),
                None => String::new(),
            };
            writeln!(out, "    - {}{}", a.slice(c.span), st.dim(&who))?;
        }
        if mine.len() > per_article {
            let more = mine.len() - per_article;
            writeln!(out, "    ... and {more} more (`claims` lists them all)")?;
        }
    }
    writeln!(out)
}

/// Figures grouped by what they measure, so that a number several articles
/// give stands together; ordinals are left to `figures`.
fn summary_figures(d: &Digest, st: Style, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", st.bold("KEY FIGURES"))?;
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for a in d.articles {
        for f in a.figures.iter().filter(|f| is_key_figure(f)) {
            // An unresolved date is only its words: "last month" in two
            // articles is one key, "July" another.
            let key = if f.unresolved {
                format!("date \"{}\" (unresolved)", a.slice(f.span).to_lowercase())
            } else {
                format!("{} {}", f.kind.as_str(), figure_value_plain(f))
            };
            let seen = format!("{} \"{}\"{}", a.id, a.slice(f.span), qualifier(f));
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, list)) => list.push(seen),
                None => groups.push((key, vec![seen])),
            }
        }
    }
    groups.sort_by_key(|(_, list)| std::cmp::Reverse(distinct_articles(list)));
    if groups.is_empty() {
        writeln!(out, "  (none)")?;
    }
    let shown = groups.len().min(KEY_FIGURES);
    let width = groups[..shown]
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .min(40);
    for (key, list) in &groups[..shown] {
        writeln!(out, "  {key:<width$}  {}", st.dim(&list.join("; ")))?;
    }
    if groups.len() > shown {
        let more = groups.len() - shown;
        writeln!(out, "  ... and {more} more (`figures` lists them all)")?;
    }
    writeln!(out)
}

/// A figure worth a reader's glance in a briefing: an amount, a share, a
/// measure, a count of something, a period; not a bare number ("one of"),
/// an ordinal ("the first time") or a date the text leaves relative.
fn is_key_figure(f: &crate::model::Figure) -> bool {
    match f.kind {
        FigureKind::Ordinal => false,
        FigureKind::Count => f.unit.is_some(),
        FigureKind::Date => !f.unresolved,
        _ => true,
    }
}

fn distinct_articles(list: &[String]) -> usize {
    let mut ids: Vec<&str> = list.iter().filter_map(|s| s.split(' ').next()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

fn qualifier(f: &crate::model::Figure) -> String {
    f.qualifier
        .as_deref()
        .map(|q| format!(" ({q})"))
        .unwrap_or_default()
}

/// The value and unit of a figure without its qualifier.
fn figure_value_plain(f: &crate::model::Figure) -> String {
    let mut g = f.clone();
    g.qualifier = None;
    g.approximate = false;
    figure_value(&g)
}

/// Entities over the whole corpus: in most articles, most mentioned first.
fn summary_entities(d: &Digest, st: Style, out: &mut dyn Write) -> io::Result<()> {
    use std::collections::{BTreeMap, BTreeSet};
    /// Kind, articles, mentions and aliases of one name over the corpus.
    type Tally<'a> = (&'a str, BTreeSet<usize>, usize, BTreeSet<&'a str>);
    writeln!(out, "{}", st.bold("MAIN ENTITIES"))?;
    let mut all: BTreeMap<&str, Tally> = BTreeMap::new();
    for (i, a) in d.articles.iter().enumerate() {
        for e in &a.entities {
            let entry = all.entry(&e.name).or_insert((
                e.kind.as_str(),
                BTreeSet::new(),
                0,
                BTreeSet::new(),
            ));
            entry.1.insert(i);
            entry.2 += e.mentions.len();
            entry.3.extend(e.aliases.iter().map(String::as_str));
        }
    }
    let mut list: Vec<(&str, Tally)> = all.into_iter().collect();
    list.sort_by(|x, y| {
        (y.1.1.len(), y.1.2)
            .cmp(&(x.1.1.len(), x.1.2))
            .then(x.0.cmp(y.0))
    });
    if list.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for (name, (kind, articles, mentions, aliases)) in list.into_iter().take(MAIN_ENTITIES) {
        let aliases: Vec<&str> = aliases.into_iter().filter(|a| *a != name).collect();
        let aka = if aliases.is_empty() {
            String::new()
        } else {
            format!("; aka {}", aliases.join(", "))
        };
        let n = articles.len();
        writeln!(
            out,
            "  {name:<36} {}",
            st.dim(&format!(
                "{kind}, {n} article{}, {mentions} mentions{aka}",
                if n == 1 { "" } else { "s" }
            ))
        )?;
    }
    Ok(())
}
