/**
 * Withdrawals from positions near a place: a withdrawal word and its place → whether only
 * positions near the place were left ("pulled back from positions near X", "moved to more
 * advantageous positions"), and what that claims (the attacker's advance near it, or the
 * attacker beaten back by the owner).
 *
 * @module
 */

import type { Area, ClaimKind, Status } from "../shared/types.ts";
import type { Camp } from "./sides.ts";
import { positionsTo, type Target } from "./targets.ts";
import type { TriggerMatch } from "./triggers.ts";

/** Between a withdrawal and its place: positions only near it ("from positions near X"). */
let _nearOnly: RegExp | null = null;
const _NEAR_ONLY = (): RegExp =>
  _nearOnly ??= new RegExp(
    `\\b(?:near|outside|around(?!\\s+\\d)|close\\s+to|on\\s+the\\s+(?:approaches|outskirts)\\s+to|(?<!\\bthe\\s)(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+of|${positionsTo()})\\b[^.;]*$`,
    "iu",
  );

/**
 * "pulled back from positions near X", "retreated to positions outside X", "moved to more
 * advantageous positions": X is not left; the other side has come closer to it.
 */
export function leftNear(text: string, trigger: TriggerMatch, target: Target): boolean {
  const between = trigger.end <= target.start ? text.slice(trigger.end, target.start) : "";
  return _NEAR_ONLY().test(between) || _TO_POSITIONS.test(trigger.text);
}

/**
 * Positions near a place left: the attacker's advance there, but the owner beating the attacker
 * back ("Russian troops were forced to retreat from positions near X").
 */
export function leftNearBy(
  trigger: TriggerMatch,
  acting: Camp | null,
  owner: Camp,
  area: Area | null,
): { claim: ClaimKind; status: Status; area: Area | null } {
  const beaten = trigger.kind === "withdrew" && acting !== null && acting !== owner;
  return { claim: beaten ? "repelled" : "advancing", status: owner, area };
}

/** A withdrawal word that names where to ("moved to more advantageous positions"): no place left. */
const _TO_POSITIONS = /\bto\s+(?:[\p{L}-]+\s+)*(?:positions|lines)$/iu;
