// The timer's memory is a log of what the facilitator did, with timestamps. Everything shown
// (elapsed time, pace, countdowns) is derived from the log and "now", so nothing drifts when a tab
// sleeps, and a reload replays the same log to the same state.

export type CountdownAction = 'start' | 'pause' | 'reset';

export type TimerEvent =
  /** The session clock starts (a key press, or the first slide change). */
  | { type: 'start'; at: number; slide: number }
  /** The deck moved to another slide. */
  | { type: 'slide'; at: number; slide: number }
  /** An unplanned pause (a discussion): the plan holds still. */
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  /** Start, pause or reset the countdown of an activity or break slide. */
  | { type: 'countdown'; at: number; slideId: string; action: CountdownAction }
  /** Add (or take off) seconds on an activity or break; flows into the projected end. */
  | { type: 'adjust'; at: number; slideId: string; sec: number }
  /** A catch-up step taken: this slide is passed over by Next and leaves the projected end. */
  | { type: 'skip'; at: number; slideId: string };

export type TimerLog = readonly TimerEvent[];
