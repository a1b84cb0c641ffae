package dev.furrow.domain.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Catalogue: the 196 pages of an outdoor-equipment shop, in popularity rank order (home first, then
 * categories, products and blog posts interleaved), for Zipf-distributed page views.
 */
final class Pages {

  static final String HOST = "www.acme-outdoor.com";
  static final String ORIGIN = "https://" + HOST;

  /** One page; {@code sku} and {@code priceCents} are set for product pages only. */
  static final class Page {
    final String path;
    final String title;
    final int docHeight;
    final String sku;
    final int priceCents;
    final byte[] pathBytes;
    final byte[] titleBytes;
    final byte[] urlBytes;

    Page(String path, String title, int docHeight, String sku, int priceCents) {
      this.path = path;
      this.title = title;
      this.docHeight = docHeight;
      this.sku = sku;
      this.priceCents = priceCents;
      pathBytes = ByteLine.utf8(path);
      titleBytes = ByteLine.utf8(title);
      urlBytes = ByteLine.utf8(url());
    }

    String url() {
      return ORIGIN + path;
    }
  }

  private static final String[] CATEGORIES = {
    "tents", "backpacks", "boots", "jackets", "sleeping-bags", "stoves", "climbing", "kayaks"
  };
  private static final String[] PRODUCT_WORDS = {
    "summit", "ridge", "trail", "alpine", "canyon", "glacier", "forest", "river", "storm", "sierra",
    "tundra", "coast", "meadow", "granite", "aurora"
  };
  private static final String[] BLOG_TOPICS = {
    "how-to-pitch-a-tent-in-the-rain", "best-hikes-in-the-alps", "choosing-your-first-backpack",
    "layering-for-winter-hiking", "leave-no-trace-principles", "packing-list-for-a-weekend-trip",
    "caring-for-leather-boots", "camp-cooking-on-a-budget", "beginner-guide-to-bouldering",
    "sea-kayaking-safety-basics", "how-to-read-a-topographic-map", "ultralight-gear-myths",
    "hiking-with-kids", "staying-warm-in-a-sleeping-bag", "waterproof-vs-water-resistant",
    "trail-running-shoes-or-boots", "best-campsites-in-scotland", "night-sky-photography-on-trail",
    "first-aid-kit-checklist", "how-we-test-our-tents", "repairing-a-torn-jacket",
    "spring-gear-guide", "autumn-colours-walks", "wild-camping-rules-explained",
    "hydration-on-long-hikes"
  };
  private static final String[] MISC = {
    "/about", "/contact", "/stores", "/help/shipping", "/help/returns", "/help/sizing",
    "/account/login", "/account/orders", "/cart", "/checkout", "/wishlist", "/gift-cards",
    "/sale", "/new-arrivals", "/careers", "/sustainability", "/blog", "/search"
  };

  /** The pages in rank order. */
  static final List<Page> ALL = build();

  private Pages() {}

  private static List<Page> build() {
    List<Page> home = List.of(new Page("/", "Acme Outdoor | Gear for every trail", 4200, null, 0));
    List<Page> categories = new ArrayList<>();
    List<Page> products = new ArrayList<>();
    for (int c = 0; c < CATEGORIES.length; c++) {
      String category = CATEGORIES[c];
      categories.add(
          new Page(
              "/shop/" + category, "Shop " + words(category) + " | Acme Outdoor", 6000, null, 0));
      for (int p = 0; p < 18; p++) {
        String name =
            PRODUCT_WORDS[(c * 7 + p) % PRODUCT_WORDS.length]
                + "-"
                + singular(category)
                + "-"
                + (p < 6 ? "pro" : p < 12 ? "lite" : "classic");
        String sku =
            "SKU-" + category.substring(0, 3).toUpperCase(Locale.ROOT) + "-" + (1000 + c * 100 + p);
        int price = 1999 + ((c * 37 + p * 53) % 40) * 1000 + (p % 2 == 0 ? 0 : 500);
        products.add(
            new Page(
                "/shop/" + category + "/" + name,
                words(name) + " | Acme Outdoor",
                3000 + (p * 317) % 2500,
                sku,
                price));
      }
    }
    List<Page> blog = new ArrayList<>();
    for (int b = 0; b < BLOG_TOPICS.length; b++) {
      blog.add(
          new Page(
              "/blog/" + (2021 + b % 4) + "/" + BLOG_TOPICS[b],
              words(BLOG_TOPICS[b]) + " | Acme Outdoor Blog",
              5000 + (b * 733) % 6000,
              null,
              0));
    }
    List<Page> misc = new ArrayList<>();
    for (String path : MISC) {
      misc.add(
          new Page(
              path,
              words(path.substring(path.lastIndexOf('/') + 1)) + " | Acme Outdoor",
              1800,
              null,
              0));
    }
    // Interleave so that popularity ranks mix page kinds: home, categories first, then the rest.
    List<Page> ranked = new ArrayList<>(home);
    ranked.addAll(categories);
    int p = 0;
    int b = 0;
    int m = 0;
    while (p < products.size() || b < blog.size() || m < misc.size()) {
      for (int i = 0; i < 4 && p < products.size(); i++) {
        ranked.add(products.get(p++));
      }
      if (b < blog.size()) {
        ranked.add(blog.get(b++));
      }
      if (m < misc.size()) {
        ranked.add(misc.get(m++));
      }
    }
    return List.copyOf(ranked);
  }

  private static String singular(String category) {
    return category.endsWith("s") ? category.substring(0, category.length() - 1) : category;
  }

  private static String words(String slug) {
    StringBuilder title = new StringBuilder();
    for (String word : slug.split("-")) {
      if (!title.isEmpty()) {
        title.append(' ');
      }
      title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return title.toString();
  }
}
