//! Work on all cores, results in order: each job's result is handed on as soon as every
//! earlier one is, so a long run streams instead of holding every result until the end.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// How many chunks per worker may wait for the fold.
const AHEAD_PER_THREAD: usize = 4;
/// Most jobs a worker takes at once when results are small (findings). One message, and at most
/// one wake-up of the folding thread, per chunk instead of per job: on a corpus of 10,000 small
/// files, waking the fold for every file cost ~10% of the run's CPU time in the kernel (futex
/// wake-ups, context switches).
pub const SMALL_RESULTS: usize = 16;
/// Most jobs a worker takes at once when each result holds much of its file (a report's
/// measures, field language's sentences): workers may run `AHEAD_PER_THREAD` chunks ahead of the
/// fold, so a report over the bench corpus with field language peaked at ~100 MiB with chunks of
/// 16 and ~90 MiB with chunks of 2 (89 MiB one job at a time), in about the same time.
pub const LARGE_RESULTS: usize = 2;
/// A run is cut into at least this many chunks per worker, so a short run (a pre-commit hook's
/// few files) still takes one job at a time and keeps every core busy to its end.
const CHUNKS_PER_THREAD: usize = 64;

/// Run `work` on every job on all cores and hand each result to `fold` in job order. Workers
/// take consecutive jobs in small chunks, in order, so only the few results that finish ahead
/// of an earlier chunk wait. A chunk holds at most `most_per_chunk` jobs ([`SMALL_RESULTS`] or
/// [`LARGE_RESULTS`]).
pub fn each_in_order<J: Sync, R: Send>(
    jobs: &[J],
    most_per_chunk: usize,
    work: impl Fn(&J) -> R + Sync,
    mut fold: impl FnMut(&J, R),
) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len().max(1));
    let chunk = (jobs.len() / (threads * CHUNKS_PER_THREAD)).clamp(1, most_per_chunk.max(1));
    // Workers run at most this far ahead of the fold: when folding is the slower part (field
    // language on a large sales corpus), results would otherwise pile up, each holding a
    // file's sentences.
    let window = threads * AHEAD_PER_THREAD * chunk;
    let next = AtomicUsize::new(0);
    let folded = (Mutex::new(Due::default()), Condvar::new());
    let (send, receive) = mpsc::channel::<(usize, Vec<R>)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let send = send.clone();
            let (next, work, folded) = (&next, &work, &folded);
            scope.spawn(move || loop {
                let first = next.fetch_add(chunk, Ordering::Relaxed);
                let Some(taken) = jobs.get(first..(first + chunk).min(jobs.len())) else {
                    break;
                };
                if taken.is_empty() {
                    break;
                }
                // The chunk holding job `due` is never held back (first <= due < due + window),
                // so this cannot deadlock.
                let (due, wake) = folded;
                let mut due = due.lock().unwrap_or_else(|e| e.into_inner());
                while first >= due.next + window && due.panicked.is_none() {
                    due.sleepers += 1;
                    due = wake.wait(due).unwrap_or_else(|e| e.into_inner());
                    due.sleepers -= 1;
                }
                if due.panicked.is_some() {
                    break;
                }
                drop(due);
                let results = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    taken.iter().map(work).collect()
                }));
                let results = match results {
                    Ok(results) => results,
                    Err(payload) => {
                        let (due, wake) = folded;
                        let mut due = due.lock().unwrap_or_else(|e| e.into_inner());
                        due.panicked.get_or_insert(payload);
                        wake.notify_all();
                        break;
                    }
                };
                if send.send((first, results)).is_err() {
                    break;
                }
            });
        }
        // Only the workers hold senders now: the loop below ends when they are done.
        drop(send);
        let mut waiting: BTreeMap<usize, Vec<R>> = BTreeMap::new();
        let mut due = 0;
        for (first, results) in receive {
            waiting.insert(first, results);
            let before = due;
            while let Some(results) = waiting.remove(&due) {
                for result in results {
                    fold(&jobs[due], result);
                    due += 1;
                }
            }
            if due != before {
                let mut shared = folded.0.lock().unwrap_or_else(|e| e.into_inner());
                shared.next = due;
                // A notify is a system call even when nobody waits: most of the time nobody does.
                if shared.sleepers > 0 {
                    folded.1.notify_all();
                }
            }
        }
    });
    let due = folded.0.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(payload) = due.panicked {
        std::panic::resume_unwind(payload);
    }
}

/// What the workers read of the fold: the next job it folds, and how many of them wait for it.
#[derive(Default)]
struct Due {
    next: usize,
    sleepers: usize,
    /// The payload of a job that panicked: every worker stops, and it is raised again on the
    /// calling thread once they have. Left to unwind its worker, it would leave the fold waiting
    /// for its chunk and the other workers waiting for the fold: the run would hang.
    panicked: Option<Box<dyn std::any::Any + Send>>,
}

#[cfg(test)]
mod tests {
    use super::each_in_order;

    #[test]
    fn results_arrive_in_job_order() {
        let jobs: Vec<u64> = (0..200).collect();
        let mut seen = Vec::new();
        // Uneven work, so results finish out of order.
        each_in_order(
            &jobs,
            super::SMALL_RESULTS,
            |&n| {
                std::thread::sleep(std::time::Duration::from_micros((n * 37) % 300));
                n * 2
            },
            |&job, result| seen.push((job, result)),
        );
        let expected: Vec<(u64, u64)> = jobs.iter().map(|&n| (n, n * 2)).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn results_of_a_long_run_taken_in_chunks_arrive_in_job_order() {
        // Enough jobs for chunks of the most jobs at once, and a count no chunk size divides,
        // so the last chunk is short; the fold is slow at times, so workers wait for it.
        let jobs: Vec<u64> = (0..20_011).collect();
        let mut seen = Vec::with_capacity(jobs.len());
        each_in_order(
            &jobs,
            super::SMALL_RESULTS,
            |&n| n.wrapping_mul(2_654_435_761) % 1_000,
            |&job, result| {
                if job % 4_000 == 0 {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                seen.push((job, result));
            },
        );
        let expected: Vec<(u64, u64)> = jobs
            .iter()
            .map(|&n| (n, n.wrapping_mul(2_654_435_761) % 1_000))
            .collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn a_job_that_panics_fails_the_run_instead_of_hanging_it() {
        // The first job panics while the other workers run far ahead of the fold: they wait
        // for it, so before the fix the run never ended. Run on a thread of its own so that a
        // hang fails this test after a minute instead of hanging the suite.
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let jobs: Vec<u64> = (0..5_000).collect();
            let run = std::panic::catch_unwind(|| {
                each_in_order(
                    &jobs,
                    super::SMALL_RESULTS,
                    |&n| {
                        assert!(n != 0, "job {n} fails");
                        n
                    },
                    |_, _| {},
                )
            });
            let message = run
                .err()
                .and_then(|payload| payload.downcast_ref::<String>().cloned());
            let _ = done.send(message);
        });
        let message = finished
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the run ends");
        assert_eq!(message.as_deref(), Some("job 0 fails"));
    }

    #[test]
    fn no_jobs_no_results() {
        let mut called = false;
        each_in_order(
            &[] as &[u8],
            super::LARGE_RESULTS,
            |_| (),
            |_, _| called = true,
        );
        assert!(!called);
    }
}
