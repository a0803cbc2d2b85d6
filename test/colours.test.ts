import {expect} from '@open-wc/testing';
import {contrast, hostColours, rgb} from '../src/colours.js';

const colour = (style: string, name: string) => rgb(new RegExp(`${name}:(rgb\\([^)]*\\))`).exec(style)![1])!;

describe('host colours', () => {
  it('reads computed rgb() and rgba() colours, and treats mostly transparent or other forms as none', () => {
    expect(rgb('rgb(21, 23, 28)')).to.deep.equal([21, 23, 28]);
    expect(rgb('rgba(255, 255, 255, 0.9)')).to.deep.equal([255, 255, 255]);
    expect(rgb('rgb(10 20 30 / 0.8)')).to.deep.equal([10, 20, 30]);
    expect(rgb('rgba(0, 0, 0, 0)')).to.equal(null);
    expect(rgb('rgba(0, 0, 0, 0.2)')).to.equal(null);
    expect(rgb('color(srgb 1 0 0)')).to.equal(null);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.01);
    expect(contrast([26, 95, 180], [255, 255, 255])).to.be.closeTo(6.29, 0.01);
    expect(contrast([26, 95, 180], [21, 23, 28])).to.be.below(4.5);
  });

  for (const [page, background, text] of [
    ['white', [255, 255, 255], [34, 34, 34]], ['cream', [253, 252, 248], [34, 34, 34]], ['dark', [21, 23, 28], [230, 230, 230]],
    ['black', [0, 0, 0], [255, 255, 255]], ['mid-grey, white text', [107, 111, 118], [255, 255, 255]],
    ['mid-grey, black text', [150, 150, 150], [0, 0, 0]], ['navy', [16, 42, 84], [240, 240, 240]],
  ] as const) {
    it(`on a ${page} page, accent and muted text reach 4.5:1`, () => {
      const style = hostColours([...background], [...text]);
      expect(contrast(colour(style, '--_host-accent'), [...background]), 'accent').to.be.at.least(4.5);
      expect(contrast(colour(style, '--_host-muted'), [...background]), 'muted').to.be.at.least(4.5);
    });
  }

  it('keeps the usual blue on a light page and a light blue on a dark one', () => {
    expect(colour(hostColours([255, 255, 255], [0, 0, 0]), '--_host-accent')).to.deep.equal([26, 95, 180]);
    expect(colour(hostColours([21, 23, 28], [230, 230, 230]), '--_host-accent')).to.deep.equal([153, 193, 241]);
  });
});
