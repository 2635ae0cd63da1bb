/**
 * Resources per CloudFormation stack of a synthesised app, nested stacks counted on their own, as
 * CloudFormation counts them against its limit of 500. `npm run synth` prints them; the CDK test
 * holds each stack to STACK_RESOURCE_BUDGET so that new features find room.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NestedStack, Stack } from 'aws-cdk-lib';

export const STACK_RESOURCE_BUDGET = 400;

export interface StackCount {
  stack: string;
  resources: number;
}

export function resourceCounts(assemblyDir: string, stacks: Stack[]): StackCount[] {
  return stacks.flatMap((top) =>
    [top, ...top.node.findAll().filter((c): c is NestedStack => NestedStack.isNestedStack(c))].map((s) => ({
      stack: s === top ? s.stackName : `${top.stackName}/${s.node.id}`,
      resources: Object.keys(JSON.parse(readFileSync(path.join(assemblyDir, s.templateFile), 'utf8')).Resources ?? {}).length,
    })),
  );
}
