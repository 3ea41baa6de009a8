export * from "../dist/lib/aws/control";
export { default } from "../dist/lib/aws/control";
