//! The per-article pipeline: layout → sentences → figures, entities → claims.
//!
//! [`analyze`] runs every per-article stage on one document; [`analyze_all`]
//! runs it over many in parallel and returns the articles in input order, so
//! that output never depends on the thread count; [`in_order`] hands over
//! each result, in input order, as soon as it and those before it are ready
//! (the streaming commands), whose writer hands each article's output buffer
//! back through [`Buffers`] for a later article to be rendered into.

use crate::extract::{claims, entities, figures};
use crate::input::{Document, layout};
use crate::model::{Article, Options, Role, Sentence};
use crate::segment;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError, mpsc};

/// Every per-article record of one document.
pub fn analyze(doc: Document, options: &Options) -> Article {
    let text = doc.text.as_str();
    let layout = layout::analyze(text);
    let sentences = sentences(text, &layout);
    let figures = figures::extract(text, &sentences, options);
    let entities = entities::extract(text, &sentences);
    let (mut claims, mut sources) = claims::extract(text, &sentences, &entities, &figures);
    claims::credit_relayed_outlet(
        text,
        &sentences,
        &mut claims,
        &mut sources,
        layout.outlet.as_deref(),
        &layout.relays,
    );
    let title = layout.title().map(|s| s.of(text).to_string());
    Article {
        id: doc.id,
        path: doc.path,
        title,
        outlet: layout.outlet,
        relays: layout.relays,
        sentences,
        figures,
        entities,
        claims,
        sources,
        blocks: layout.blocks,
        text: doc.text,
    }
}

/// The sentences of every block: body-like blocks are segmented; a headline,
/// a section header or a line of furniture is one sentence as it stands.
pub fn sentences(text: &str, layout: &layout::Layout) -> Vec<Sentence> {
    let mut out = Vec::new();
    for block in &layout.blocks {
        let split = matches!(block.role, Role::Body | Role::Standfirst | Role::Caption);
        let spans = if split {
            segment::split(text, block.span)
        } else {
            vec![block.span]
        };
        for span in spans {
            out.push(Sentence {
                index: out.len(),
                span,
                role: block.role,
            });
        }
    }
    out
}

/// [`analyze`] over many documents, in parallel, results in input order.
pub fn analyze_all(docs: Vec<Document>, options: &Options) -> Vec<Article> {
    analyze_all_with(docs, options, || {})
}

/// [`analyze_all`], calling `done` (from any thread) as each document is
/// finished: a progress bar's tick. The articles are kept without spare
/// capacity, as all of them are held at once.
pub fn analyze_all_with(
    docs: Vec<Document>,
    options: &Options,
    done: impl Fn() + Sync,
) -> Vec<Article> {
    docs.into_par_iter()
        .map(|d| {
            let mut a = analyze(d, options);
            a.shrink_to_fit();
            done();
            a
        })
        .collect()
}

/// Runs `work` over `items` on the worker threads and hands each result to
/// `emit`, on the calling thread, in input order, as soon as it and every
/// result before it are ready (or, while the calling thread works on an
/// item of its own, once that is done): output starts with the first item
/// and never waits for a batch. The calling thread is one of the workers:
/// between handing results over it works on the next item itself, rather
/// than sleeping until a result comes (which cost two context switches an
/// item).
/// Workers run at most `window` items ahead of the last one handed over, so
/// that memory stays bounded whatever a slow item holds up. The first error
/// of `emit` stops the run (the items being worked on are finished and
/// dropped) and is returned.
pub fn in_order<T, R, E>(
    items: &[T],
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut emit: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    // One worker gains nothing from a second thread: the calling thread does
    // the work itself, without handing each result across.
    if rayon::current_num_threads() <= 1 {
        return items.iter().try_for_each(|item| emit(work(item)));
    }
    let window = window.max(1);
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many results `emit` has taken, and a signal when that grows.
    let emitted = Mutex::new(0usize);
    let moved = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    // Stops the run and wakes the waiting workers. The flag is set under
    // the lock the workers check it under, so that none misses the signal.
    let halt = || {
        let _emitted = emitted.lock().unwrap_or_else(PoisonError::into_inner);
        stop.store(true, Ordering::Relaxed);
        moved.notify_all();
    };
    let worker = |tx: mpsc::Sender<(usize, R)>| {
        // A worker that panics stops the others, which would otherwise wait
        // for its item for ever; the panic then reaches the caller.
        let _guard = HaltOnPanic(&halt);
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            if k >= items.len() {
                break;
            }
            let mut done = emitted.lock().unwrap_or_else(PoisonError::into_inner);
            while k >= *done + window && !stop.load(Ordering::Relaxed) {
                done = moved.wait(done).unwrap_or_else(PoisonError::into_inner);
            }
            drop(done);
            if stop.load(Ordering::Relaxed) || tx.send((k, work(&items[k]))).is_err() {
                break;
            }
        }
    };
    std::thread::scope(|scope| {
        // The workers run in rayon's pool (sized by --threads), driven from
        // a thread of their own, one fewer than the threads: this thread is
        // the last worker, and takes the results between its own items.
        let senders: Vec<mpsc::Sender<(usize, R)>> = (1..rayon::current_num_threads())
            .map(|_| tx.clone())
            .collect();
        drop(tx);
        scope.spawn(|| senders.into_par_iter().for_each(worker));
        // A panic in `emit` or in this thread's own work stops the workers
        // too, so that the scope can end.
        let _guard = HaltOnPanic(&halt);
        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let mut want = 0;
        while want < items.len() {
            if let Some(r) = pending.remove(&want) {
                want += 1;
                *emitted.lock().unwrap_or_else(PoisonError::into_inner) = want;
                moved.notify_all();
                if let Err(e) = emit(r) {
                    halt();
                    return Err(e);
                }
                continue;
            }
            // The results the workers have sent, without waiting for one.
            if let Ok((k, r)) = rx.try_recv() {
                pending.insert(k, r);
                continue;
            }
            // Nothing to hand over yet: work on the next item, if the
            // window allows it and no worker has stopped the run.
            let k = next.load(Ordering::Relaxed);
            if k < items.len() && k < want + window && !stop.load(Ordering::Relaxed) {
                if next
                    .compare_exchange(k, k + 1, Ordering::Relaxed, Ordering::Relaxed)
                    .is_ok()
                {
                    pending.insert(k, work(&items[k]));
                }
                continue;
            }
            // Every item within reach is taken: wait for a worker's.
            match rx.recv() {
                Ok((k, r)) => {
                    pending.insert(k, r);
                }
                // The workers are done or stopped, and none holds `want`.
                Err(mpsc::RecvError) => break,
            }
        }
        Ok(())
    })
}

/// Output buffers handed back by the writer for the workers to render the
/// next articles into: an article's records then land in memory that has
/// already grown, instead of a new buffer regrown (and copied) a dozen
/// times. The pool never holds more buffers than there are articles in
/// flight, and none larger than [`Buffers::KEEP`].
#[derive(Default)]
pub struct Buffers(Mutex<Vec<Vec<u8>>>);

impl Buffers {
    /// The largest buffer worth keeping: a huge article's output is freed.
    pub const KEEP: usize = 1 << 20;

    /// An empty buffer, with the room of one handed back if there is one.
    pub fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_default()
    }

    /// Keeps `buffer`, emptied, for a later [`Buffers::take`].
    pub fn give_back(&self, mut buffer: Vec<u8>) {
        if buffer.capacity() <= Self::KEEP {
            buffer.clear();
            self.0
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(buffer);
        }
    }
}

/// Calls its function when dropped during a panic: [`in_order`] stops the
/// run when any of its threads panics.
struct HaltOnPanic<F: Fn()>(F);

impl<F: Fn()> Drop for HaltOnPanic<F> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            (self.0)();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Buffers, in_order};
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Work of uneven length, so that results come back out of order.
    fn uneven(k: &usize) -> usize {
        let mut x = *k;
        for _ in 0..(k % 7) * 20_000 {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(7));
        }
        std::hint::black_box(x);
        *k
    }

    #[test]
    fn results_are_handed_over_in_input_order() {
        let items: Vec<usize> = (0..500).collect();
        let mut seen = Vec::new();
        let done: Result<(), ()> = in_order(&items, 8, uneven, |k| {
            seen.push(k);
            Ok(())
        });
        assert_eq!(done, Ok(()));
        assert_eq!(seen, items);
    }

    #[test]
    fn workers_stay_within_the_window_and_stop_at_the_first_error() {
        let items: Vec<usize> = (0..1000).collect();
        let emitted = AtomicUsize::new(0);
        let (started, ahead) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let window = 4;
        let work = |k: &usize| {
            started.fetch_add(1, Ordering::Relaxed);
            ahead.fetch_max(
                k - emitted.load(Ordering::Relaxed).min(*k),
                Ordering::Relaxed,
            );
            uneven(k)
        };
        let done = in_order(&items, window, work, |k| {
            emitted.fetch_add(1, Ordering::Relaxed);
            if k == 100 { Err(k) } else { Ok(()) }
        });
        assert_eq!(done, Err(100));
        assert_eq!(emitted.load(Ordering::Relaxed), 101);
        // `emitted` is counted in `emit`, one behind the count the workers wait on.
        assert!(ahead.load(Ordering::Relaxed) <= window, "{ahead:?}");
        let threads = rayon::current_num_threads();
        assert!(started.load(Ordering::Relaxed) <= 101 + window + threads);
    }

    #[test]
    fn a_panicking_worker_stops_the_run_instead_of_hanging_it() {
        let items: Vec<usize> = (0..1000).collect();
        let run = std::panic::catch_unwind(|| {
            let work = |k: &usize| {
                assert!(*k != 10, "item 10 fails");
                uneven(k)
            };
            in_order(&items, 2, work, |_| Ok::<(), ()>(()))
        });
        assert!(run.is_err());
    }

    #[test]
    fn a_panicking_emit_stops_the_workers() {
        let items: Vec<usize> = (0..1000).collect();
        let run = std::panic::catch_unwind(|| {
            in_order(&items, 2, uneven, |k| {
                assert!(k != 10, "item 10 fails");
                Ok::<(), ()>(())
            })
        });
        assert!(run.is_err());
    }

    #[test]
    fn two_threads_share_the_work_with_the_emitting_thread_and_keep_the_order() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let items: Vec<usize> = (0..300).collect();
        let (mut seen, mut by_caller) = (Vec::new(), 0);
        let done = pool.install(|| {
            in_order(
                &items,
                4,
                |k| {
                    // Long enough that neither thread can take every item.
                    std::thread::sleep(std::time::Duration::from_micros(200));
                    (*k, std::thread::current().id())
                },
                |(k, thread)| {
                    // `emit` runs on the calling thread.
                    seen.push(k);
                    by_caller += usize::from(thread == std::thread::current().id());
                    Ok::<(), ()>(())
                },
            )
        });
        assert_eq!(done, Ok(()));
        assert_eq!(seen, items);
        assert!(by_caller > 0 && by_caller < items.len(), "{by_caller}");
    }

    #[test]
    fn one_thread_works_in_order_on_the_emitting_thread_and_stops_at_the_first_error() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let items: Vec<usize> = (0..200).collect();
        let mut seen = Vec::new();
        let done = pool.install(|| {
            in_order(
                &items,
                4,
                |k| (uneven(k), std::thread::current().id()),
                |(k, thread)| {
                    assert_eq!(thread, std::thread::current().id());
                    seen.push(k);
                    if k == 50 { Err(k) } else { Ok(()) }
                },
            )
        });
        assert_eq!(done, Err(50));
        assert_eq!(seen, (0..=50).collect::<Vec<_>>());
    }

    #[test]
    fn no_items_no_results() {
        let done: Result<(), ()> = in_order(&[] as &[usize], 4, uneven, |_| Err(()));
        assert_eq!(done, Ok(()));
    }

    #[test]
    fn a_buffer_comes_back_empty_with_its_room_and_a_huge_one_is_let_go() {
        let pool = Buffers::default();
        let mut b = pool.take();
        b.extend_from_slice(b"{\"record\":1}\n");
        let room = b.capacity();
        pool.give_back(b);
        let again = pool.take();
        assert!(again.is_empty(), "an article's bytes leaked into the next");
        assert_eq!(again.capacity(), room);
        assert_eq!(pool.take().capacity(), 0, "the pool held one buffer");

        pool.give_back(Vec::with_capacity(Buffers::KEEP + 1));
        assert_eq!(pool.take().capacity(), 0, "a huge buffer was kept");
    }
}
