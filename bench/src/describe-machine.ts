import { cpus } from "node:os";

/** The machine a run measured on: figures from different machines are not comparable. */
export interface Machine {
  /** Logical processors, as `nproc` counts them. */
  processors: number;
  cpuModel: string;
  node: string;
  platform: string;
}

/** Describes this machine. */
export function describeMachine(): Machine {
  const processors = cpus();
  return {
    processors: processors.length,
    cpuModel: processors[0]?.model.trim() ?? "unknown CPU",
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
