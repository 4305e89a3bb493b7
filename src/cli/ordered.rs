//! Work on all cores, results in order: each job's result is handed on as soon as every
//! earlier one is, so a long run streams instead of holding every result until the end.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// How many results per worker may wait for the fold.
const AHEAD_PER_THREAD: usize = 4;

/// Run `work` on every job on all cores and hand each result to `fold` in job order. Workers
/// take jobs in order, so only the few results that finish ahead of an earlier one wait.
pub fn each_in_order<J: Sync, R: Send>(
    jobs: &[J],
    work: impl Fn(&J) -> R + Sync,
    mut fold: impl FnMut(&J, R),
) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len().max(1));
    // Workers run at most this far ahead of the fold: when folding is the slower part (field
    // language on a large sales corpus), results would otherwise pile up, each holding a
    // file's sentences.
    let window = threads * AHEAD_PER_THREAD;
    let next = AtomicUsize::new(0);
    let folded = (Mutex::new(0usize), Condvar::new());
    let (send, receive) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let send = send.clone();
            let (next, work, folded) = (&next, &work, &folded);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else { break };
                // The job `due` is never held back (i < due + window), so this cannot deadlock.
                let (due, wake) = folded;
                let mut due = due.lock().unwrap_or_else(|e| e.into_inner());
                while i >= *due + window {
                    due = wake.wait(due).unwrap_or_else(|e| e.into_inner());
                }
                drop(due);
                if send.send((i, work(job))).is_err() {
                    break;
                }
            });
        }
        // Only the workers hold senders now: the loop below ends when they are done.
        drop(send);
        let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
        let mut due = 0;
        for (i, result) in receive {
            waiting.insert(i, result);
            let before = due;
            while let Some(result) = waiting.remove(&due) {
                fold(&jobs[due], result);
                due += 1;
            }
            if due != before {
                *folded.0.lock().unwrap_or_else(|e| e.into_inner()) = due;
                folded.1.notify_all();
            }
        }
    });
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
    fn no_jobs_no_results() {
        let mut called = false;
        each_in_order(&[] as &[u8], |_| (), |_, _| called = true);
        assert!(!called);
    }
}
