//! The states of the server's background work: queued jobs and outgoing mail.

stored_enum! {
    /// Where a queued job stands.
    pub enum JobStatus {
        /// Waiting for its time (`run_at`), or for a retry.
        Pending => "pending",
        /// Claimed by a worker until `locked_until`.
        Running => "running",
        Done => "done",
        /// Gave up after its last attempt.
        Failed => "failed",
    }
}

stored_enum! {
    /// Whether an outgoing mail has left.
    pub enum MailStatus {
        Pending => "pending",
        /// Written to the outbox directory (no SMTP server configured).
        Written => "written",
        /// Handed to the SMTP server.
        Sent => "sent",
    }
}
