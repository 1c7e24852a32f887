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

## Navigation
nav-sell = Seller dashboard
nav-admin-review = Review applications
nav-admin-audit = Audit log
nav-coops = Cooperatives
nav-apply = Apply to sell
footer-marketplace = Marketplace

## Application fields
coop-status-label = Status:
coop-reason-label = Reason:
coop-field-legal-name-vi = Legal name (Vietnamese)
coop-field-registration-number = Registration number
coop-field-region-code = Province or city
coop-field-address = Full address
coop-field-year-founded = Year founded
coop-field-member-count = Number of members
coop-field-legal-representative = Legal representative
coop-field-contact-phone = Contact phone
coop-field-contact-email = Contact email
coop-field-trading-name = Trading name
coop-field-description = Description
coop-field-documents = Registration certificate
coop-legal-name-hint = As written on the registration certificate, e.g. Hợp tác xã Mật ong U Minh.
coop-registration-hint = Cooperative or enterprise code: 10 digits, or 10 digits, a hyphen and 3 digits for a branch.
coop-region-choose = Choose a province or city
coop-phone-hint = A Vietnamese mobile or landline number, e.g. 0912 345 678 or 028 3823 4567.
coop-description-hint = Markdown: **bold**, *italic*, lists and links. No HTML.
coop-applied-in = Applied in
coop-created-at = Started on
coop-document-registration = Registration certificate
coop-document-other = Other supporting document
coop-role-owner = Owner
coop-role-staff = Staff
coop-action-submit = Submit for review
coop-action-approve = Approve
coop-action-reject = Reject
coop-action-request-changes = Request changes
coop-action-suspend = Suspend
coop-action-reinstate = Reinstate

## Applying
apply-title = Apply to sell on HTX Market
apply-lead = Tell us about your cooperative. You can save a draft at any time and submit it when everything is ready; an administrator then reviews it.
apply-section-identity = The cooperative
apply-section-contact = Contact
apply-section-texts = Name and description for shoppers
apply-texts-hint = Vietnamese first; add the other languages your customers read. Shoppers see Vietnamese where a language is missing.
apply-on-behalf = I am creating this application on the cooperative's behalf (assisted onboarding); I will hand it over to the cooperative's own account by invitation.
apply-draft-note = Saving keeps a draft; nothing is sent for review until you submit.
apply-save = Save draft
apply-saved = Saved.
apply-upload-done = File uploaded.
apply-documents = Supporting documents
apply-documents-hint = The cooperative's registration certificate is required: PDF, JPEG or PNG, at most 10 MB. Only you, your staff and the administrators can open these files.
apply-document-kind = Kind of document
apply-document-file = File
apply-upload = Upload
apply-no-documents = No documents yet.
apply-remove-document = Remove
apply-logo = Logo
apply-logo-file = Logo image (JPEG, PNG or WebP, at most 2 MB)
apply-submit-heading = Submit for review
apply-submit-body = When the application is complete, submit it. You cannot edit it while it is being reviewed.

## Seller dashboard
sell-title = Seller dashboard
sell-empty = You do not belong to any cooperative yet. Apply to sell, or ask your cooperative's owner to invite you.
sell-apply-another = Apply for another cooperative
sell-switcher-label = Your cooperatives
sell-back-to-dashboard = ← Seller dashboard
sell-edit-application = Edit application
sell-view-application = View application
sell-public-page = Public page
sell-staff = Members and staff
sell-role = Role
sell-since = Since
sell-remove-member = Remove
sell-pending-invitations = Invitations not yet accepted
sell-invitation-expires = Expires on
sell-invite-heading = Invite someone
sell-invite-sent = Invitation sent.
sell-invite-submit = Send invitation

## Invitations
invitation-title = Invitation to join a cooperative
invitation-body = You are invited to join { $name } as { $role }. The invitation is for { $email }.
invitation-accept = Accept invitation
invitation-login-first = Log in (or create an account) with the invited email address to accept.

## Administrators
admin-queue-title = Cooperative applications
admin-filter-status = Status
filter-all-regions = All provinces and cities
filter-apply = Filter
admin-queue-empty = No applications match.
admin-since = Since
admin-waiting = Waiting
admin-waiting-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
admin-waiting-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
admin-review-title = Review application
admin-now-status = It is now:
admin-back-to-queue = ← All applications
admin-audit-for-coop = Audit log of this cooperative
admin-decisions = Decision
admin-no-actions = No decision can be taken in this state.
admin-reason = Reason (shown to the applicant)
admin-handover = Hand over ownership
admin-handover-hint = For applications made on a cooperative's behalf: invite the cooperative's own account as owner.
admin-audit-title = Audit log
admin-audit-coop-filter = Cooperative number
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = What
admin-audit-subject = About
admin-audit-details = Details

## Public directory
coops-title = Cooperatives on HTX Market
coops-lead = Vietnamese cooperatives selling their OCOP products directly.
coops-empty = No cooperatives here yet.
coops-description-fallback = This cooperative has not written a description in your language yet; here it is in Vietnamese.
coops-products = Products
coops-products-soon = This cooperative's products will appear here.

## Errors
error-too-long = This is too long.
error-year-founded = Enter a year between 1945 and this year.
error-member-count = Enter a number of members between 1 and 1,000,000.
error-region-unknown = Choose a province or city from the list.
error-document-required = Upload the registration certificate.
error-application-locked = This application is being reviewed or has been decided, so it cannot be changed now.
error-file-required = Choose a file to upload.
error-file-too-large = The file is too large.
error-file-type = This file is not an accepted type (its content was checked, not its name).
error-document-kind = Unknown kind of document.
error-role-invalid = Choose owner or staff.
error-already-member = This person is already a member of the cooperative.
error-invitation-invalid = This invitation link is invalid, expired or already used.
error-invitation-other-email = This invitation is for another email address. Log in with the invited address.
error-last-owner = A cooperative must keep at least one owner.

## Mail
mail-invitation-subject = HTX Market: invitation to { $name }
mail-invitation-body =
    Hello,

    { $inviter } invites you to join { $name } on HTX Market as { $role }.

    Accept the invitation here (the link works for { $days } days):
    { $link }

    If you did not expect this, ignore this mail.

    HTX Market
