//! Work off the UI thread: a closure runs on a thread of its own, its progress and its result
//! come back to the screen as messages through a `Task`, and the screen can ask it to stop.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use iced::Task;
use iced::futures::channel::mpsc;

/// What a job tells its screen: any number of progress reports, then its result, once.
#[derive(Debug, Clone)]
pub enum Report<P, R> {
    Progress(P),
    Done(R),
}

/// Progress counted in steps (messages imported, files written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Steps {
    pub done: usize,
    pub total: usize,
}

/// The screen's hold on a running job: asks it to stop. The job decides where it can stop
/// cleanly; its result still arrives.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    /// Asks the job to stop at its next chance.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// The job's side, handed to its closure: reports progress and tells whether to stop.
pub struct Job<P> {
    send: Box<dyn Fn(P) + Send>,
    cancel: Cancel,
}

impl<P> Job<P> {
    /// Tells the screen how far the job has come. A screen that is gone no longer listens,
    /// and the job goes on to finish what it started.
    pub fn report(&self, progress: P) {
        (self.send)(progress);
    }

    /// True once the screen asked the job to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.0.load(Ordering::Relaxed)
    }

    /// The flag itself, for library functions that take one.
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancel.0
    }
}

/// Starts `work` on a thread of its own at once. The returned task yields `message(report)` for
/// each progress report and then for the result, and ends there; the `Cancel` asks `work` to
/// stop. A job that needs the store opens its own connection from [`super::Session::reopen`].
pub fn run<P, R, M>(
    work: impl FnOnce(&Job<P>) -> R + Send + 'static,
    message: impl Fn(Report<P, R>) -> M + Send + 'static,
) -> (Task<M>, Cancel)
where
    P: Send + 'static,
    R: Send + 'static,
    M: Send + 'static,
{
    let (sender, receiver) = mpsc::unbounded();
    let cancel = Cancel::default();
    let job = Job {
        send: Box::new({
            let sender = sender.clone();
            move |progress| {
                let _ = sender.unbounded_send(Report::Progress(progress));
            }
        }),
        cancel: cancel.clone(),
    };
    std::thread::spawn(move || {
        let result = work(&job);
        let _ = sender.unbounded_send(Report::Done(result));
    });
    (Task::run(receiver, message), cancel)
}

/// Starts a short job with no progress and no cancel: the task yields `message(result)` once.
pub fn once<R, M>(
    work: impl FnOnce() -> R + Send + 'static,
    message: impl Fn(R) -> M + Send + 'static,
) -> Task<M>
where
    R: Send + 'static,
    M: Send + 'static,
{
    let (task, _) = run(
        move |_: &Job<Infallible>| work(),
        move |report| match report {
            Report::Done(result) => message(result),
            Report::Progress(never) => match never {},
        },
    );
    task
}

/// Runs a task to its end, as iced's runtime would, and returns the messages it produced (for
/// update-level tests: feed them back to `update`).
#[cfg(test)]
pub fn finish<M: Send + 'static>(task: Task<M>) -> Vec<M> {
    use iced::futures::StreamExt;
    use iced_test::runtime::Action;
    let Some(stream) = iced_test::runtime::task::into_stream(task) else {
        return Vec::new();
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    runtime.block_on(
        stream
            .filter_map(|action| async move {
                match action {
                    Action::Output(message) => Some(message),
                    _ => None,
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_comes_in_order_then_the_result_once() {
        let (task, _cancel) = run(
            |job: &Job<usize>| {
                for i in 1..=3 {
                    job.report(i);
                }
                "klart"
            },
            |report| report,
        );
        let reports = finish(task);
        assert!(
            matches!(
                reports.as_slice(),
                [
                    Report::Progress(1),
                    Report::Progress(2),
                    Report::Progress(3),
                    Report::Done("klart")
                ]
            ),
            "{reports:?}"
        );
        assert!(matches!(finish(once(|| 6 * 7, |n| n)).as_slice(), [42]));
    }

    #[test]
    fn a_cancelled_job_sees_the_flag_and_still_reports_its_result() {
        let (go, wait) = std::sync::mpsc::channel::<()>();
        let (task, cancel) = run(
            move |job: &Job<()>| {
                // Waits for the screen's cancel before looking at the flag.
                let _ = wait.recv();
                job.is_cancelled() && job.cancel_flag().load(Ordering::Relaxed)
            },
            |report| report,
        );
        cancel.cancel();
        let _ = go.send(());
        assert!(matches!(finish(task).as_slice(), [Report::Done(true)]));
    }
}
