## Fields
field-email = Email
field-display-name = Display name
field-password = Password
field-current-password = Current password
field-new-password = New password
password-hint = At least 10 characters. A sentence you can remember makes a good password.
password-show = Show
password-hide = Hide

## Field errors
error-email-invalid = That email address isn't valid.
error-email-taken = This email is already registered. Log in, or reset your password.
error-password-too-short = Your password needs at least 10 characters.
error-password-too-long = Your password can't be longer than 256 characters.
error-name-too-long = Display names can be at most 80 characters.
error-control-characters = Please don't use control characters.
error-current-password-wrong = Your current password isn't right.
error-invalid-credentials = Wrong email or password.
error-too-many-attempts = Too many login attempts. Please try again in 15 minutes.
error-reset-token-invalid = This reset link is invalid, already used or expired. Please ask for a new one.

## Register
register-title = Create an account
register-intro = With an account you can follow your orders and check out faster.
register-submit = Create account
register-have-account = Already have an account?

## Log in
login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-no-account = New to HTX Market?

## Forgotten password
forgot-title = Forgot your password
forgot-intro = Enter the email you signed up with and we'll send you a link to reset your password.
forgot-submit = Send link
forgot-sent = If this email has an account, we've sent it a password reset link. Please check your inbox.

## Reset password
reset-title = Reset your password
reset-submit = Save new password
reset-done = Your password has been changed. Log in with your new password.

## Account
account-title = My account
account-name = Display name
account-member-since = Member since
account-email = Email
account-role = Role
role-shopper = Shopper
role-admin = Administrator
password-change-title = Change password
password-change-submit = Change password
password-change-done = Password changed. Your other sessions have been logged out.

## Mail
mail-reset-subject = Reset your HTX Market password
mail-reset-body =
    Hello { $name },

    We received a request to reset the password of your HTX Market account.
    Open this link within { $minutes } minutes to choose a new password:

    { $link }

    If you didn't ask for this, ignore this email; your password stays as it is.

    HTX Market
