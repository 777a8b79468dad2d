// The distribution settings: templates validated at start, renditions bounded, URLs encoded.
import { ConfigError, loadConfig } from '../../src/config';
import { articleUrl, imageUrl, renditionsOf, useDistributionConfig } from '../../src/modules/distribution/distribution.settings';

describe('distribution settings', () => {
  it('refuses templates without their placeholders or that are not http(s) URLs, naming the variable', () => {
    for (const [name, value] of [
      ['PUBLIC_URL_TEMPLATE', 'https://news.example/explainers/'],
      ['PUBLIC_URL_TEMPLATE', 'ftp://news.example/{slug}'],
      ['IMAGE_URL_TEMPLATE', 'https://img.example/{path}'],
      ['IMAGE_URL_TEMPLATE', 'img.example/{path}?w={width}'],
      ['IMAGE_RENDITION_WIDTHS', '320,abc'],
      ['IMAGE_RENDITION_WIDTHS', '8'],
      ['PUBLICATION_LANGUAGE', 'English'],
      ['SITEMAP_PAGE_SIZE', '50001'],
    ]) {
      expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
    }
    const ok = loadConfig({
      PUBLIC_URL_TEMPLATE: 'https://n.test/a/{slug}/',
      IMAGE_URL_TEMPLATE: 'https://i.test/{width}/{path}',
      PUBLISHER_URL: 'https://n.test/x/',
    });
    expect(ok.distribution).toMatchObject({
      publicUrlTemplate: 'https://n.test/a/{slug}/',
      baseUrl: 'https://n.test',
      renditionWidths: [320, 640, 1024, 1600],
    });
  });

  it('builds URLs with encoded path segments; renditions are bounded, sorted, deduplicated and never wider than the original', () => {
    useDistributionConfig(loadConfig({ PUBLIC_URL_TEMPLATE: 'https://n.test/{slug}', IMAGE_URL_TEMPLATE: 'https://i.test/{width}/{path}' }).distribution);
    expect(articleUrl('a-b')).toBe('https://n.test/a-b');
    expect(imageUrl('2022/a b#?.jpg', 100)).toBe('https://i.test/100/2022/a%20b%23%3F.jpg');
    const image = { path: 'x.jpg', width: 1000, height: 501 };
    expect(renditionsOf(image, [2000, 100, 100, 1000])).toEqual([
      { url: 'https://i.test/100/x.jpg', width: 100, height: 50 },
      { url: 'https://i.test/1000/x.jpg', width: 1000, height: 501 },
    ]);
    expect(renditionsOf(image).map((r) => r.width)).toEqual([320, 640, 1000]);
    for (const widths of [[], [15], [8193], [1.5], Array.from({ length: 11 }, (_, i) => 20 + i)]) {
      expect(() => renditionsOf(image, widths)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
