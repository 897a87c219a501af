import type { Organization } from "../organization/organization.type.js";
import type { Topic } from "../topic/topic.type.js";
import { OrganizationLane, TopicLane, type RoadmapItem } from "./coordination.type.js";

/** Groups items into lanes by `keysOf` (an item may sit in several lanes), keeping date order; lanes by name, the keyless lane last. */
function lanes<K extends Topic | Organization>(items: RoadmapItem[], keysOf: (item: RoadmapItem) => K[]): Array<{ key: K | null; items: RoadmapItem[] }> {
  const byKey = new Map<string | null, { key: K | null; items: RoadmapItem[] }>();
  for (const item of items) {
    const keys = keysOf(item);
    for (const key of keys.length ? keys : [null]) {
      const id = key?.key ?? null;
      if (!byKey.has(id)) byKey.set(id, { key, items: [] });
      byKey.get(id)!.items.push(item);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key.name.localeCompare(b.key.name)));
}

export const laneByTopic = (items: RoadmapItem[]): TopicLane[] =>
  lanes(items, (item) => item.topics).map(({ key, items }) => Object.assign(new TopicLane(), { topic: key, items }));

export const laneByOrganization = (items: RoadmapItem[]): OrganizationLane[] =>
  lanes(items, (item) => item.organizations).map(({ key, items }) => Object.assign(new OrganizationLane(), { organization: key, items }));
