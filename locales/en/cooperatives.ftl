## Cooperative applications
coop-status-draft = Draft
coop-status-submitted = Submitted, awaiting review
coop-status-approved = Approved
coop-status-rejected = Rejected
coop-status-changes-requested = Changes requested
coop-status-suspended = Suspended
error-reason-required = Please give a reason (at most 2,000 characters).
error-changed-meanwhile = Someone else has just changed this application. Reload the page to see its current state.
mail-coop-decision-subject = HTX Market: { $name } — { $status }
mail-coop-decision-body =
    Hello,

    The application of { $name } to sell on HTX Market has been updated.
    New status: { $status }
    Reason: { $reason }

    You can see the details in your seller dashboard.

    HTX Market
