/**
 * Every chart's SVG, per layout, state and edition, against the snapshot kept in tests/snapshots/charts/.
 * Any change to a chart's drawing fails here naming the chart, layout, state and edition. After reviewing a
 * wanted change, `npm run snapshots:update` rewrites the files (see the README, "Chart snapshots").
 */
import { describe, expect, test } from 'vitest';
import { firstDifference, readSnapshot, renderSnapshot, snapshotCases, storedSnapshotFiles, updateSnapshots } from '../support/chart-snapshots';

const updating = process.env.UPDATE_CHART_SNAPSHOTS === '1';
const cases = snapshotCases();
const remedy = 'if the change is wanted, run `npm run snapshots:update` and review the diff of tests/snapshots/charts/';

// `npm run snapshots:update` runs this file with UPDATE_CHART_SNAPSHOTS=1: it then writes instead of comparing.
if (updating) {
  test('rewrites every snapshot and removes stale ones', async () => {
    const { written, removed } = await updateSnapshots();
    expect(written).toBe(cases.length);
    expect(removed.every((file) => !cases.some((snapshot) => snapshot.file === file))).toBe(true);
  });
} else {
  describe('chart snapshots', () => {
    test.each(cases.map((snapshot) => [`${snapshot.chart}, ${snapshot.layout} layout, state "${snapshot.state}", ${snapshot.locale}`, snapshot] as const))(
      '%s matches its snapshot',
      async (name, snapshot) => {
        const stored = await readSnapshot(snapshot.file);
        expect(stored, `no snapshot ${snapshot.file} for ${name}: ${remedy}`).toBeDefined();
        const drawn = renderSnapshot(snapshot);
        const change = drawn === stored ? 'none' : firstDifference(stored ?? '', drawn);
        expect(change, `${name} changed from tests/snapshots/charts/${snapshot.file}; ${remedy}`).toBe('none');
      },
    );

    test('keeps no snapshot of a chart, layout or state that no longer exists', async () => {
      const wanted = new Set(cases.map((snapshot) => snapshot.file));
      expect((await storedSnapshotFiles()).filter((file) => !wanted.has(file)), remedy).toEqual([]);
    });
  });
}
