//! Drawn pictures for the demo catalog: one small still life per category (a honey jar, tea leaves,
//! a fish-sauce bottle, a bowl of rice, coffee beans and a cup, a basket…) in the product's own
//! colours, so the demo reads as a shop and not as missing images. Shapes are signed distance
//! functions, each filled only inside its bounding box, with one pixel of anti-aliasing.

use image::{Rgb, RgbImage};
use std::f32::consts::PI;

/// The pictures' size: wide enough for the gallery's 640-pixel rendition.
const W: u32 = 800;
const H: u32 = 600;

type Color = [f32; 3];

fn rgb(hex: u32) -> Color {
    [
        ((hex >> 16) & 0xff) as f32,
        ((hex >> 8) & 0xff) as f32,
        (hex & 0xff) as f32,
    ]
}

fn mix(a: Color, b: Color, t: f32) -> Color {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

fn shade(c: Color, t: f32) -> Color {
    if t >= 0.0 {
        mix(c, [255.0; 3], t)
    } else {
        mix(c, [0.0; 3], -t)
    }
}

/// A small deterministic random source, so every seed draws the same pictures.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> f32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 40) as f32) / ((1u64 << 24) as f32)
    }

    fn range(&mut self, lo: f32, hi: f32) -> f32 {
        lo + (hi - lo) * self.next()
    }
}

struct Canvas {
    px: Vec<Color>,
}

/// A bounding box: x0, y0, x1, y1.
type Bounds = (f32, f32, f32, f32);

impl Canvas {
    fn new(top: Color, bottom: Color) -> Canvas {
        let mut px = Vec::with_capacity((W * H) as usize);
        for y in 0..H {
            let t = y as f32 / H as f32;
            let c = mix(top, bottom, t);
            px.extend(std::iter::repeat_n(c, W as usize));
        }
        Canvas { px }
    }

    /// Fills where `sdf` is negative, blending `color` at `alpha`.
    fn fill(&mut self, b: Bounds, color: Color, alpha: f32, sdf: impl Fn(f32, f32) -> f32) {
        self.paint(b, alpha, sdf, |_, _| color);
    }

    /// Fills with a colour that varies over the shape (shading, stripes).
    fn paint(
        &mut self,
        (x0, y0, x1, y1): Bounds,
        alpha: f32,
        sdf: impl Fn(f32, f32) -> f32,
        color: impl Fn(f32, f32) -> Color,
    ) {
        let (x0, y0) = ((x0 - 2.0).max(0.0) as u32, (y0 - 2.0).max(0.0) as u32);
        let (x1, y1) = ((x1 + 2.0).min(W as f32) as u32, (y1 + 2.0).min(H as f32) as u32);
        for y in y0..y1 {
            for x in x0..x1 {
                let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
                let cover = (0.5 - sdf(fx, fy)).clamp(0.0, 1.0) * alpha;
                if cover > 0.0 {
                    let i = (y * W + x) as usize;
                    self.px[i] = mix(self.px[i], color(fx, fy), cover);
                }
            }
        }
    }

    fn into_image(self) -> RgbImage {
        let mut img = RgbImage::new(W, H);
        for (i, c) in self.px.into_iter().enumerate() {
            let (x, y) = (i as u32 % W, i as u32 / W);
            img.put_pixel(x, y, Rgb(c.map(|v| v.clamp(0.0, 255.0) as u8)));
        }
        img
    }
}

fn circle(cx: f32, cy: f32, r: f32) -> (Bounds, impl Fn(f32, f32) -> f32) {
    ((cx - r, cy - r, cx + r, cy + r), move |x: f32, y: f32| {
        ((x - cx).powi(2) + (y - cy).powi(2)).sqrt() - r
    })
}

fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32, angle: f32) -> (Bounds, impl Fn(f32, f32) -> f32) {
    let (s, c) = angle.sin_cos();
    let m = rx.max(ry);
    ((cx - m, cy - m, cx + m, cy + m), move |x: f32, y: f32| {
        let (dx, dy) = (x - cx, y - cy);
        let (u, v) = (dx * c + dy * s, -dx * s + dy * c);
        let k = ((u / rx).powi(2) + (v / ry).powi(2)).sqrt();
        (k - 1.0) * rx.min(ry)
    })
}

/// A rectangle with rounded corners, centred on (cx, cy), turned by `angle`.
fn rounded_box(cx: f32, cy: f32, hw: f32, hh: f32, r: f32, angle: f32) -> (Bounds, impl Fn(f32, f32) -> f32) {
    let (s, c) = angle.sin_cos();
    let m = (hw * hw + hh * hh).sqrt();
    ((cx - m, cy - m, cx + m, cy + m), move |x: f32, y: f32| {
        let (dx, dy) = (x - cx, y - cy);
        let (u, v) = ((dx * c + dy * s).abs(), (-dx * s + dy * c).abs());
        let (qx, qy) = (u - hw + r, v - hh + r);
        let outside = (qx.max(0.0).powi(2) + qy.max(0.0).powi(2)).sqrt();
        outside + qx.max(qy).min(0.0) - r
    })
}

/// A thick line with round ends.
fn capsule(ax: f32, ay: f32, bx: f32, by: f32, r: f32) -> (Bounds, impl Fn(f32, f32) -> f32) {
    (
        (ax.min(bx) - r, ay.min(by) - r, ax.max(bx) + r, ay.max(by) + r),
        move |x: f32, y: f32| {
            let (px, py, vx, vy) = (x - ax, y - ay, bx - ax, by - ay);
            let h = ((px * vx + py * vy) / (vx * vx + vy * vy)).clamp(0.0, 1.0);
            ((px - vx * h).powi(2) + (py - vy * h).powi(2)).sqrt() - r
        },
    )
}

/// A leaf: the lens where two circles overlap, pointing along `angle`.
fn leaf(cx: f32, cy: f32, len: f32, width: f32, angle: f32) -> (Bounds, impl Fn(f32, f32) -> f32) {
    let (s, c) = angle.sin_cos();
    // Two circles of radius r whose centres sit `d` either side of the leaf's axis.
    let half = len / 2.0;
    let r = (half * half + width * width) / (2.0 * width);
    let d = r - width;
    (
        (cx - half, cy - half, cx + half, cy + half),
        move |x: f32, y: f32| {
            let (dx, dy) = (x - cx, y - cy);
            let (u, v) = (dx * c + dy * s, -dx * s + dy * c);
            let a = (u.powi(2) + (v - d).powi(2)).sqrt() - r;
            let b = (u.powi(2) + (v + d).powi(2)).sqrt() - r;
            a.max(b)
        },
    )
}

macro_rules! fill {
    ($canvas:expr, $shape:expr, $color:expr) => {{
        let (b, f) = $shape;
        $canvas.fill(b, $color, 1.0, f);
    }};
    ($canvas:expr, $shape:expr, $color:expr, $alpha:expr) => {{
        let (b, f) = $shape;
        $canvas.fill(b, $color, $alpha, f);
    }};
}

/// A soft shadow on the table under an object.
fn shadow(c: &mut Canvas, cx: f32, cy: f32, rx: f32) {
    fill!(c, ellipse(cx, cy, rx, rx * 0.16, 0.0), [40.0, 30.0, 20.0], 0.18);
}

/// The picture for a product of `category`, varied by `n` and tinted with the product's colours.
pub fn draw(category: &str, n: usize) -> RgbImage {
    let mut dice = Dice(n as u64 * 7919 + 17);
    let backdrop = [
        rgb(0xf6ead2),
        rgb(0xe9f0e0),
        rgb(0xf3e4dc),
        rgb(0xe6eef0),
        rgb(0xf4efe0),
    ][n % 5];
    let mut c = Canvas::new(shade(backdrop, 0.35), backdrop);
    // The table the still life stands on.
    let table = shade(backdrop, -0.12);
    fill!(c, rounded_box(400.0, 560.0, 420.0, 120.0, 0.0, 0.0), table);
    match category {
        "honey" => honey(&mut c, &mut dice),
        "tea" => tea(&mut c, &mut dice),
        "fish-sauce" => fish_sauce(&mut c, &mut dice),
        "rice-grains" => rice(&mut c, &mut dice),
        "coffee" => coffee(&mut c, &mut dice),
        "bamboo-rattan" => basket(&mut c, &mut dice),
        "pottery" => vase(&mut c, &mut dice),
        "silk-textiles" => silk(&mut c, &mut dice),
        "spices" => spices(&mut c, &mut dice),
        "dried-fruit-nuts" => nuts(&mut c, &mut dice),
        "medicinal-herbs" => herbs(&mut c, &mut dice),
        "fresh-produce" => fruit(&mut c, &mut dice),
        _ => package(&mut c, &mut dice),
    }
    c.into_image()
}

/// A label with two lines of "text" on it.
fn label(c: &mut Canvas, cx: f32, cy: f32, hw: f32, hh: f32, paper: Color, ink: Color) {
    fill!(c, rounded_box(cx, cy, hw, hh, 6.0, 0.0), paper);
    fill!(
        c,
        capsule(
            cx - hw * 0.6,
            cy - hh * 0.3,
            cx + hw * 0.6,
            cy - hh * 0.3,
            hh * 0.12
        ),
        ink
    );
    fill!(
        c,
        capsule(
            cx - hw * 0.4,
            cy + hh * 0.25,
            cx + hw * 0.4,
            cy + hh * 0.25,
            hh * 0.08
        ),
        shade(ink, 0.4)
    );
}

fn honey(c: &mut Canvas, d: &mut Dice) {
    let amber = mix(rgb(0xd98a13), rgb(0xb8620a), d.next());
    shadow(c, 380.0, 520.0, 170.0);
    // The jar: glass body with the honey inside, a lid, a label.
    fill!(
        c,
        rounded_box(380.0, 370.0, 140.0, 150.0, 40.0, 0.0),
        shade(amber, 0.55)
    );
    let (b, f) = rounded_box(380.0, 385.0, 128.0, 130.0, 34.0, 0.0);
    c.paint(b, 1.0, f, |x, _| shade(amber, (x - 380.0) / 900.0 - 0.05));
    fill!(
        c,
        rounded_box(380.0, 212.0, 118.0, 26.0, 10.0, 0.0),
        shade(rgb(0x7a4a12), d.range(-0.1, 0.1))
    );
    fill!(
        c,
        rounded_box(380.0, 232.0, 124.0, 8.0, 4.0, 0.0),
        shade(rgb(0x7a4a12), -0.2)
    );
    label(c, 380.0, 395.0, 96.0, 52.0, rgb(0xfff6e0), rgb(0x5b3a12));
    fill!(
        c,
        rounded_box(300.0, 360.0, 10.0, 90.0, 10.0, 0.0),
        [255.0; 3],
        0.35
    );
    // A honey dipper leaning beside it.
    fill!(c, capsule(560.0, 250.0, 640.0, 500.0, 9.0), rgb(0xa8753c));
    for k in 0..4 {
        let y = 420.0 + k as f32 * 18.0;
        fill!(
            c,
            ellipse(630.0 - k as f32 * 2.0, y, 30.0, 9.0, 0.3),
            shade(rgb(0xa8753c), -0.1 * k as f32)
        );
    }
    fill!(c, ellipse(626.0, 508.0, 18.0, 8.0, 0.0), amber, 0.9);
}

fn tea(c: &mut Canvas, d: &mut Dice) {
    let green = mix(rgb(0x3f7d32), rgb(0x6b9a2e), d.next());
    // A cup of tea and fresh leaves around it.
    shadow(c, 420.0, 505.0, 150.0);
    fill!(c, ellipse(420.0, 500.0, 160.0, 26.0, 0.0), rgb(0xf7f3ea));
    let (b, f) = rounded_box(420.0, 420.0, 110.0, 80.0, 60.0, 0.0);
    c.paint(
        b,
        1.0,
        |x, y| f(x, y).max(340.0 - y),
        |x, _| shade(rgb(0xf4efe6), (x - 420.0) / -700.0),
    );
    fill!(
        c,
        ellipse(420.0, 345.0, 108.0, 22.0, 0.0),
        mix(rgb(0xc28a2c), green, 0.35)
    );
    fill!(c, ellipse(545.0, 410.0, 30.0, 36.0, 0.0), rgb(0xf4efe6));
    fill!(c, ellipse(545.0, 410.0, 16.0, 22.0, 0.0), c_backdrop_hint());
    for k in 0..9 {
        let a = d.range(-1.2, 1.2);
        let (x, y) = (d.range(120.0, 700.0), d.range(120.0, 290.0));
        let len = d.range(90.0, 150.0);
        let tint = shade(green, d.range(-0.25, 0.2));
        fill!(c, leaf(x, y, len, len * 0.2, a + k as f32), tint);
        let (s, co) = (a + k as f32).sin_cos();
        fill!(
            c,
            capsule(
                x - co * len * 0.4,
                y - s * len * 0.4,
                x + co * len * 0.4,
                y + s * len * 0.4,
                1.5
            ),
            shade(tint, 0.35)
        );
    }
}

/// The colour of the space seen through a cup's handle.
fn c_backdrop_hint() -> Color {
    rgb(0xeadfc8)
}

fn fish_sauce(c: &mut Canvas, d: &mut Dice) {
    let sauce = mix(rgb(0x9c4a12), rgb(0xc06a1c), d.next());
    for (i, x) in [300.0f32, 470.0].into_iter().enumerate() {
        let scale = if i == 0 { 1.0 } else { 0.82 };
        let base = 520.0;
        let body_h = 170.0 * scale;
        shadow(c, x, base, 90.0 * scale);
        // Glass, sauce, neck, cap, label.
        fill!(
            c,
            rounded_box(x, base - body_h, 70.0 * scale, body_h, 24.0, 0.0),
            shade(sauce, 0.5)
        );
        let (b, f) = rounded_box(x, base - body_h + 12.0, 62.0 * scale, body_h - 14.0, 20.0, 0.0);
        c.paint(b, 1.0, f, |px, _| shade(sauce, (px - x) / 600.0 - 0.1));
        let neck_top = base - 2.0 * body_h - 110.0 * scale;
        fill!(
            c,
            rounded_box(x, neck_top + 60.0 * scale, 24.0 * scale, 62.0 * scale, 10.0, 0.0),
            shade(sauce, 0.45)
        );
        fill!(
            c,
            rounded_box(x, neck_top, 28.0 * scale, 18.0 * scale, 6.0, 0.0),
            rgb(0xc0392b)
        );
        label(
            c,
            x,
            base - body_h,
            52.0 * scale,
            46.0 * scale,
            rgb(0xfdf5e3),
            rgb(0x8a1f11),
        );
        fill!(
            c,
            rounded_box(x - 40.0 * scale, base - body_h, 6.0, body_h * 0.7, 6.0, 0.0),
            [255.0; 3],
            0.3
        );
    }
    // A dish with a chili slice, as it is served.
    fill!(c, ellipse(640.0, 500.0, 90.0, 22.0, 0.0), rgb(0xf7f3ea));
    fill!(c, ellipse(640.0, 494.0, 62.0, 12.0, 0.0), sauce);
    fill!(c, circle(622.0, 492.0, 7.0), rgb(0xd62d20));
    fill!(c, circle(652.0, 496.0, 6.0), rgb(0xd62d20));
}

fn rice(c: &mut Canvas, d: &mut Dice) {
    let grain = mix(rgb(0xfbf8ef), rgb(0xf1e3c0), d.next() * 0.6);
    shadow(c, 400.0, 515.0, 220.0);
    // A heap of grains in a bowl.
    for _ in 0..520 {
        let a = d.range(0.0, PI);
        let r = d.next().sqrt();
        let (x, y) = (400.0 + a.cos() * 190.0 * r, 395.0 - a.sin() * 120.0 * r);
        fill!(
            c,
            ellipse(x, y, 9.0, 4.0, d.range(0.0, PI)),
            shade(grain, d.range(-0.12, 0.05))
        );
    }
    let bowl = mix(rgb(0x2f5d8a), rgb(0x3d7a6a), d.next());
    let (b, f) = ellipse(400.0, 400.0, 220.0, 120.0, 0.0);
    c.paint(
        b,
        1.0,
        |x, y| f(x, y).max(400.0 - y),
        |x, _| shade(bowl, (x - 400.0) / 900.0),
    );
    fill!(
        c,
        rounded_box(400.0, 530.0, 70.0, 10.0, 5.0, 0.0),
        shade(bowl, -0.2)
    );
    fill!(c, capsule(250.0, 450.0, 550.0, 450.0, 4.0), shade(bowl, 0.5));
    // Ears of rice behind.
    for k in 0..3 {
        let x = 610.0 + k as f32 * 34.0;
        fill!(c, capsule(x, 300.0, x - 40.0, 120.0, 2.5), rgb(0xc9a34a));
        for j in 0..7 {
            let t = j as f32 / 7.0;
            fill!(
                c,
                leaf(x - 40.0 * t - 8.0, 300.0 - 180.0 * t, 22.0, 6.0, 1.2),
                rgb(0xd9b45a)
            );
        }
    }
}

fn coffee(c: &mut Canvas, d: &mut Dice) {
    let roast = mix(rgb(0x4a2c1a), rgb(0x6b3f22), d.next());
    // A cup on its saucer and roasted beans around it.
    shadow(c, 330.0, 500.0, 160.0);
    fill!(c, ellipse(330.0, 492.0, 170.0, 30.0, 0.0), rgb(0xf4f0e8));
    let (b, f) = rounded_box(330.0, 420.0, 110.0, 70.0, 55.0, 0.0);
    c.paint(
        b,
        1.0,
        |x, y| f(x, y).max(350.0 - y),
        |x, _| shade(rgb(0xfdfbf6), (x - 330.0) / -800.0),
    );
    fill!(c, ellipse(330.0, 355.0, 106.0, 20.0, 0.0), shade(roast, 0.1));
    fill!(c, ellipse(320.0, 352.0, 40.0, 7.0, 0.0), shade(roast, 0.45), 0.8);
    fill!(c, ellipse(452.0, 410.0, 28.0, 32.0, 0.0), rgb(0xfdfbf6));
    fill!(c, ellipse(452.0, 410.0, 14.0, 18.0, 0.0), c_backdrop_hint());
    for _ in 0..26 {
        let (x, y) = (d.range(470.0, 740.0), d.range(380.0, 540.0));
        let a = d.range(0.0, PI);
        fill!(c, ellipse(x, y, 22.0, 15.0, a), shade(roast, d.range(-0.15, 0.1)));
        let (s, co) = a.sin_cos();
        fill!(
            c,
            capsule(x - co * 14.0, y - s * 14.0, x + co * 14.0, y + s * 14.0, 1.6),
            shade(roast, -0.5)
        );
    }
    // Steam.
    for k in 0..3 {
        let x = 290.0 + k as f32 * 40.0;
        fill!(c, capsule(x, 320.0, x + 12.0, 250.0, 5.0), [255.0; 3], 0.5);
        fill!(c, capsule(x + 12.0, 250.0, x, 190.0, 5.0), [255.0; 3], 0.35);
    }
}

fn basket(c: &mut Canvas, d: &mut Dice) {
    let cane = mix(rgb(0xc89b5a), rgb(0xa9773d), d.next());
    shadow(c, 400.0, 520.0, 230.0);
    // The handle, then the woven body: a trapezoid of alternating strands.
    let (b, f) = ellipse(400.0, 300.0, 170.0, 150.0, 0.0);
    c.paint(b, 1.0, |x, y| f(x, y).abs() - 9.0, |_, _| shade(cane, -0.1));
    let (top, bottom, y0, y1) = (230.0f32, 180.0f32, 300.0f32, 520.0f32);
    let sdf = move |x: f32, y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        let half = top + (bottom - top) * t;
        ((x - 400.0).abs() - half).max(y0 - y).max(y - y1)
    };
    c.paint((170.0, y0, 630.0, y1), 1.0, sdf, move |x, y| {
        let row = ((y - y0) / 22.0) as i32;
        let col = ((x + if row % 2 == 0 { 0.0 } else { 14.0 }) / 28.0) as i32;
        let across = ((y - y0) % 22.0 - 11.0).abs() / 11.0;
        shade(
            cane,
            if (row + col) % 2 == 0 { 0.12 } else { -0.1 } - across * 0.15,
        )
    });
    fill!(
        c,
        rounded_box(400.0, 300.0, 240.0, 12.0, 10.0, 0.0),
        shade(cane, -0.2)
    );
    fill!(
        c,
        rounded_box(400.0, 520.0, 185.0, 8.0, 6.0, 0.0),
        shade(cane, -0.3)
    );
}

fn vase(c: &mut Canvas, d: &mut Dice) {
    let clay = mix(
        rgb(0xb5532a),
        rgb(0x2f6d8f),
        if d.next() > 0.6 { 1.0 } else { 0.0 },
    );
    shadow(c, 400.0, 525.0, 150.0);
    let (b, f) = circle(400.0, 380.0, 150.0);
    c.paint(b, 1.0, f, |x, y| {
        shade(clay, ((x - 400.0) + (y - 380.0)) / -600.0)
    });
    fill!(
        c,
        rounded_box(400.0, 220.0, 56.0, 60.0, 12.0, 0.0),
        shade(clay, -0.05)
    );
    fill!(
        c,
        rounded_box(400.0, 162.0, 80.0, 14.0, 12.0, 0.0),
        shade(clay, -0.15)
    );
    fill!(
        c,
        rounded_box(400.0, 520.0, 80.0, 10.0, 6.0, 0.0),
        shade(clay, -0.25)
    );
    // A painted band.
    let (b, f) = circle(400.0, 380.0, 150.0);
    c.paint(
        b,
        1.0,
        move |x, y| f(x, y).max((y - 380.0).abs() - 16.0),
        |x, _| {
            if ((x / 24.0) as i32) % 2 == 0 {
                rgb(0xf6e7c8)
            } else {
                shade(clay, -0.35)
            }
        },
    );
    fill!(c, ellipse(340.0, 320.0, 24.0, 50.0, 0.5), [255.0; 3], 0.25);
}

fn silk(c: &mut Canvas, d: &mut Dice) {
    let hue = [rgb(0xb0213a), rgb(0x1f6f8b), rgb(0xd4a017), rgb(0x6a3d9a)];
    let base = (d.next() * 4.0) as usize % 4;
    // Folded cloth, stacked, with woven stripes.
    for k in 0..3 {
        let y = 470.0 - k as f32 * 78.0;
        let cloth = hue[(base + k) % 4];
        let (b, f) = rounded_box(400.0, y, 230.0 - k as f32 * 12.0, 36.0, 18.0, 0.0);
        c.paint(b, 1.0, f, move |x, yy| {
            let stripe = ((x / 18.0) as i32) % 5 == 0;
            shade(cloth, if stripe { 0.35 } else { (yy - y) / -120.0 })
        });
    }
    shadow(c, 400.0, 515.0, 240.0);
}

fn spices(c: &mut Canvas, d: &mut Dice) {
    // Star anise, cinnamon sticks and chilies.
    let brown = mix(rgb(0x7b3f1d), rgb(0x8f5a2a), d.next());
    for k in 0..3 {
        let y = 470.0 - k as f32 * 26.0;
        fill!(
            c,
            capsule(180.0, y, 420.0, y - 30.0, 16.0),
            shade(brown, 0.1 * k as f32)
        );
        fill!(c, capsule(185.0, y, 415.0, y - 30.0, 8.0), shade(brown, -0.2));
    }
    for s in 0..2 {
        let (cx, cy, r) = (520.0 + s as f32 * 130.0, 420.0 - s as f32 * 40.0, 60.0);
        for k in 0..8 {
            let a = k as f32 * PI / 4.0 + s as f32 * 0.3;
            fill!(
                c,
                leaf(cx + a.cos() * r * 0.5, cy + a.sin() * r * 0.5, r, r * 0.28, a),
                shade(brown, -0.1)
            );
            fill!(
                c,
                circle(cx + a.cos() * r * 0.55, cy + a.sin() * r * 0.55, 5.0),
                rgb(0xd4a05a)
            );
        }
    }
    for k in 0..3 {
        let x = 250.0 + k as f32 * 120.0;
        fill!(
            c,
            leaf(x, 250.0 + k as f32 * 10.0, 170.0, 22.0, 0.3 + k as f32 * 0.2),
            rgb(0xd62d20)
        );
        fill!(
            c,
            capsule(x - 80.0, 225.0 + k as f32 * 10.0, x - 100.0, 210.0, 5.0),
            rgb(0x3f7d32)
        );
    }
}

fn nuts(c: &mut Canvas, d: &mut Dice) {
    let nut = mix(rgb(0xc68a4a), rgb(0x8b5a2b), d.next());
    shadow(c, 400.0, 515.0, 220.0);
    for _ in 0..60 {
        let a = d.range(0.0, PI);
        let r = d.next().sqrt();
        let (x, y) = (400.0 + a.cos() * 170.0 * r, 400.0 - a.sin() * 110.0 * r);
        fill!(
            c,
            ellipse(x, y, 26.0, 18.0, d.range(0.0, PI)),
            shade(nut, d.range(-0.2, 0.15))
        );
        fill!(c, ellipse(x - 6.0, y - 5.0, 8.0, 4.0, 0.4), [255.0; 3], 0.25);
    }
    let bowl = rgb(0x8a6a45);
    let (b, f) = ellipse(400.0, 400.0, 215.0, 115.0, 0.0);
    c.paint(
        b,
        1.0,
        |x, y| f(x, y).max(400.0 - y),
        |x, _| shade(bowl, (x - 400.0) / 800.0),
    );
    for k in 0..5 {
        let y = 420.0 + k as f32 * 18.0;
        fill!(
            c,
            capsule(230.0 + k as f32 * 10.0, y, 570.0 - k as f32 * 10.0, y, 1.5),
            shade(bowl, -0.25),
            0.6
        );
    }
}

fn herbs(c: &mut Canvas, d: &mut Dice) {
    let green = mix(rgb(0x4f7f3a), rgb(0x7a8f3a), d.next());
    // A bundle of sprigs tied with twine, and a small dish of dried herb.
    for k in 0..6 {
        let a = -0.5 + k as f32 * 0.2;
        let (x1, y1) = (420.0 + a.sin() * 260.0, 470.0 - a.cos() * 300.0);
        fill!(c, capsule(420.0, 470.0, x1, y1, 3.0), shade(green, -0.3));
        for j in 1..7 {
            let t = j as f32 / 7.0;
            let (x, y) = (420.0 + (x1 - 420.0) * t, 470.0 + (y1 - 470.0) * t);
            fill!(
                c,
                leaf(x - 16.0, y, 40.0, 10.0, a + 1.0),
                shade(green, d.range(-0.15, 0.2))
            );
            fill!(
                c,
                leaf(x + 16.0, y, 40.0, 10.0, a - 1.0),
                shade(green, d.range(-0.15, 0.2))
            );
        }
    }
    fill!(c, rounded_box(420.0, 440.0, 30.0, 12.0, 6.0, -0.1), rgb(0xc9a46a));
    fill!(c, ellipse(640.0, 505.0, 90.0, 22.0, 0.0), rgb(0xf3eadb));
    fill!(c, ellipse(640.0, 498.0, 64.0, 13.0, 0.0), shade(green, -0.35));
}

fn fruit(c: &mut Canvas, d: &mut Dice) {
    let skin = [rgb(0xf2a81d), rgb(0xe8692a), rgb(0x8fb83a), rgb(0xd9304a)][(d.next() * 4.0) as usize % 4];
    shadow(c, 400.0, 515.0, 240.0);
    for (x, y, r) in [
        (300.0, 430.0, 90.0),
        (470.0, 440.0, 82.0),
        (390.0, 330.0, 80.0),
        (580.0, 470.0, 50.0),
    ] {
        let (b, f) = circle(x, y, r);
        c.paint(b, 1.0, f, move |px, py| {
            shade(skin, ((px - x) + (py - y)) / (-3.0 * r))
        });
        fill!(
            c,
            ellipse(x - r * 0.35, y - r * 0.4, r * 0.22, r * 0.12, -0.6),
            [255.0; 3],
            0.35
        );
        fill!(
            c,
            leaf(x + r * 0.3, y - r * 1.0, r * 0.7, r * 0.18, -0.6),
            rgb(0x3f7d32)
        );
        fill!(
            c,
            capsule(x, y - r * 0.95, x + 4.0, y - r * 1.15, 3.0),
            rgb(0x5b3a12)
        );
    }
}

fn package(c: &mut Canvas, d: &mut Dice) {
    // A box and a jar of preserved food.
    let colour = mix(
        rgb(0xb5532a),
        rgb(0x1f6f4a),
        if d.next() > 0.5 { 1.0 } else { 0.0 },
    );
    shadow(c, 330.0, 525.0, 160.0);
    fill!(c, rounded_box(330.0, 380.0, 140.0, 145.0, 8.0, 0.0), colour);
    fill!(
        c,
        rounded_box(330.0, 245.0, 140.0, 12.0, 4.0, 0.0),
        shade(colour, -0.25)
    );
    label(c, 330.0, 380.0, 100.0, 60.0, rgb(0xfdf5e3), shade(colour, -0.4));
    let jar = mix(rgb(0xc0392b), rgb(0xd98a13), d.next());
    shadow(c, 580.0, 525.0, 100.0);
    fill!(
        c,
        rounded_box(580.0, 440.0, 85.0, 85.0, 30.0, 0.0),
        shade(jar, 0.45)
    );
    fill!(c, rounded_box(580.0, 450.0, 76.0, 72.0, 26.0, 0.0), jar);
    fill!(c, rounded_box(580.0, 345.0, 72.0, 16.0, 8.0, 0.0), rgb(0x6b4a2a));
    label(c, 580.0, 455.0, 56.0, 30.0, rgb(0xfff6e0), shade(jar, -0.4));
}

#[cfg(test)]
mod tests {
    use super::draw;

    #[test]
    fn every_category_draws_a_picture_that_is_not_blank() {
        for category in [
            "honey",
            "tea",
            "fish-sauce",
            "rice-grains",
            "coffee",
            "bamboo-rattan",
            "pottery",
            "silk-textiles",
            "spices",
            "dried-fruit-nuts",
            "medicinal-herbs",
            "fresh-produce",
            "processed-foods",
        ] {
            let img = draw(category, 3);
            let first = *img.get_pixel(400, 380);
            let corner = *img.get_pixel(5, 5);
            assert_ne!(
                first, corner,
                "{category}: the object stands out from the backdrop"
            );
            let distinct: std::collections::HashSet<_> = img.pixels().step_by(97).map(|p| p.0).collect();
            assert!(distinct.len() > 40, "{category}: {} colours", distinct.len());
        }
    }
}
