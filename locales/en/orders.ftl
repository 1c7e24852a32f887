# Cart, checkout, orders, shipping rules and payments.

nav-orders = My orders
nav-sell-orders = Orders to fulfil

cart-add = Add to cart
cart-added = Added to your cart.
cart-view = View cart
cart-quantity = Quantity
cart-quantity-for = Quantity of { $variant }
cart-product = Product
cart-price = Price
cart-line-total = Total
cart-update = Update
cart-remove = Remove
cart-subtotal = Subtotal
cart-shipping-at-checkout = Shipping is calculated at checkout, per cooperative.
cart-checkout = Go to checkout
cart-blocked = Some items cannot be ordered as they are. Change or remove them to continue.
cart-price-changed = Some prices have changed since you added the items. The cart shows the new prices.
cart-was = was { $price }
cart-problem-unavailable = No longer available.
cart-problem-out-of-stock = Out of stock.
cart-problem-short = Only { $stock } left.

checkout-title = Checkout
checkout-contact = Contact
checkout-phone = Phone
checkout-address = Shipping address
checkout-recipient = Recipient's full name
checkout-country = Country
checkout-province = Province or city
checkout-choose-province = Choose a province or city
checkout-choose-ward = Choose a ward or commune
checkout-choose-province-first = Choose the province first
checkout-ward = Ward or commune
checkout-street = House number and street
checkout-lines = Address (street, city, postal code)
checkout-note = Delivery note (optional)
checkout-summary = Your order
checkout-shipping = Shipping
checkout-free = Free
checkout-no-ship-abroad = Does not ship to this country
checkout-total = Total
checkout-indicative = About { $amount } (indicative only; you pay in Vietnamese đồng)
checkout-payment = Payment
checkout-no-payment = No payment method is available for this order.
checkout-place = Place order
checkout-some-left-out = Items that cannot be ordered were left out.
checkout-short = Some items are not in stock in the quantity you chose. Change them in your cart.
checkout-status-cod = Order placed. You pay on delivery.
checkout-status-awaiting_payment = Waiting for your card payment.
checkout-status-paid = Paid. Thank you!
checkout-status-expired = The time to pay ran out; the order was cancelled.

payment-cod = Cash on delivery
payment-card = Card (Stripe)

orders-checkout-title = Your order
orders-mine-title = My orders
orders-none = No orders yet.
orders-number = Order
orders-date = Date
orders-cooperative = Cooperative
orders-recipient = Recipient
orders-units = Items
orders-status = Status
orders-order-number = Order { $number }
orders-pay-by = Please pay by { $time }.
orders-pay-now = Pay by card
orders-tracking = Tracking:
orders-cancel-reason = Reason for cancellation:
orders-refunded = The payment for this order was refunded.
orders-history = History
orders-carrier = Carrier
orders-tracking-code = Tracking code
orders-reason = Reason
orders-action-confirm = Confirm order
orders-action-ship = Mark as shipped
orders-action-deliver = Mark as delivered
orders-action-complete = I received it
orders-action-cancel = Cancel order

order-status-pending_payment = Awaiting payment
order-status-placed = Placed
order-status-confirmed = Confirmed
order-status-shipped = Shipped
order-status-delivered = Delivered
order-status-completed = Completed
order-status-cancelled = Cancelled

actor-shopper = by the shopper
actor-cooperative = by the cooperative
actor-system = automatically

sell-orders-title = Orders
sell-orders-all = All
sell-orders-csv = Export CSV
sell-orders-slip = Packing slip
slip-ship-to = Ship to
slip-collect = Collect { $amount } in cash on delivery.
slip-print = Print

shipping-title = Shipping rules
shipping-flat-fee = Shipping fee within Vietnam (₫)
shipping-free-above = Free shipping from (₫)
shipping-free-above-hint = Leave blank for no free shipping.
shipping-international = Shipping fee abroad (₫)
shipping-international-hint = Leave blank if you do not ship abroad.
shipping-cod = Accept cash on delivery
shipping-provinces = Fees for particular provinces
shipping-provinces-hint = Leave blank to use the fee within Vietnam.
shipping-save = Save shipping rules
shipping-saved = Shipping rules saved.

csv-order = Order
csv-date = Date
csv-status = Status
csv-payment = Payment
csv-recipient = Recipient
csv-phone = Phone
csv-address = Address
csv-sku = SKU
csv-product = Product
csv-variant = Variant
csv-quantity = Quantity
csv-unit-price = Unit price (VND)
csv-shipping = Shipping (VND)
csv-total = Order total (VND)
csv-carrier = Carrier
csv-tracking = Tracking code

country-VN = Vietnam
country-US = United States
country-CN = China
country-JP = Japan
country-KR = South Korea
country-TW = Taiwan
country-SG = Singapore
country-TH = Thailand
country-MY = Malaysia
country-AU = Australia
country-CA = Canada
country-GB = United Kingdom
country-DE = Germany
country-FR = France
country-NL = Netherlands
country-HK = Hong Kong

error-quantity = Enter a whole number from 1 to 999.
error-not-enough-stock = There are not that many in stock.
error-product-unavailable = This product is no longer available.
error-cart-full = Your cart is full. Check out or remove some items first.
error-cart-empty = Your cart is empty.
error-cart-unavailable = Some items in your cart are no longer available. Review your cart.
error-out-of-stock = Sorry, an item in your order has just sold out. Review your cart.
error-checkout-price-changed = Prices changed while you were checking out. Check the new total and place the order again.
error-address-characters = Please remove < > and control characters.
error-country = We cannot ship to this country.
error-payment-method = Choose how you want to pay.
error-cod-unavailable = A cooperative in your order does not accept cash on delivery. Choose card payment.
error-card-unavailable = Card payment is not available right now.
error-payment-unavailable = The payment service could not be reached. Please try again in a moment.
error-no-international-shipping = A cooperative in your order does not ship to this country.
error-form-tampered = The form was changed outside this page. Reload the page and try again.
error-order-transition = This order cannot be changed that way now.
error-cancel-reason = Say why you cancel the order.
error-tracking-required = Enter the carrier and the tracking code.
error-order-status = Unknown order status.

mail-order-placed-subject = Your HTX Market order
mail-order-placed-body =
    Thank you for your order.

    { $orders }

    Total: { $total }
    Payment: { $payment }

    Follow your order here: { $link }
mail-coop-new-order-subject = New order { $number }
mail-coop-new-order-body =
    You have a new order, { $number }, for { $total } ({ $payment }).

    Open it to confirm and ship: { $link }
mail-order-status-subject = Order { $number }: { $status }
mail-order-status-body =
    Order { $number } is now: { $status }.
    { $tracking }
    { $reason }

    { $link }

nav-admin-payments = Payments
admin-payments-title = Payments and payouts
admin-payments-balances = What cooperatives are owed
admin-payments-gross = Sales
admin-payments-commission = Commission
admin-payments-paid-out = Paid out
admin-payments-owed = Owed
admin-payments-own-rate = Own commission (%)
admin-payments-set = Set
admin-payments-payout = Record a payout
admin-payments-amount = Amount (₫)
admin-payments-reference = Bank transfer reference
admin-payments-record = Record payout
admin-payments-settings = Settings
admin-payments-commission-percent = Commission on every order (%)
admin-payments-card-minutes = Minutes to pay by card before the stock is released
admin-payments-rates = Indicative exchange rates (VND per unit)
admin-payments-rate = 1 { $currency } in VND
admin-payments-save = Save settings
admin-payments-payouts = Recent payouts
error-percent = Enter a percentage from 0 to 50, with at most two decimals.
error-card-minutes = Enter a number of minutes from 35 to 1440.
error-rate = Enter a positive rate with at most three decimals.
error-payout-amount = Enter a whole amount in đồng, more than zero.
error-payout-too-much = That is more than the cooperative is owed.
error-ward-unknown = Choose a ward or commune of this province.

home-featured = Featured by HTX Market
admin-featured-title = Featured on the home page
admin-featured-label = Products, one address or slug per line
admin-featured-hint = At most 12, in the order shown. Paste a product's address, such as https://…/en/products/u-minh-forest-honey.
admin-featured-save = Save featured products
error-featured-too-many = At most 12 products can be featured.
error-featured-unknown = A line does not name a product shoppers can see.
