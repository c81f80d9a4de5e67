import type { SVGProps } from "react";

// A handful of 20×20 outline icons, drawn here so the shell needs no icon package.
export type IconName = "overview" | "clients" | "technicians" | "services" | "imports" | "webhooks" | "settings" | "assessment" | "alerts" | "reports" | "profitability" | "goals" | "scorecards";

const paths: Record<IconName, string> = {
  webhooks: "M10 3a3 3 0 0 1 3 3M7 6a3 3 0 1 1 5.2 2L9 13M5 11a3 3 0 1 0 3 5h6M15 11a3 3 0 1 1-2.6 4.5",
  overview: "M3 3h6v8H3zM11 3h6v5h-6zM11 10h6v7h-6zM3 13h6v4H3z",
  clients: "M3 17V5l7-2 7 2v12M7 17v-4h6v4M7 8h1M12 8h1M7 11h1M12 11h1",
  technicians: "M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM3.5 17.5a6.5 6.5 0 0 1 13 0",
  services: "M4 5h12M4 10h12M4 15h8",
  profitability: "M3 16l5-5 3 3 6-7M13 7h4v4",
  goals: "M5 18V2M5 3h11l-2.5 3.5L16 10H5",
  scorecards: "M4 3h12v14H4zM7 7h6M7 10h6M7 13h3",
  assessment: "M3 17h14M5 17v-4M9 17V9M13 17V6M17 17V3",
  reports: "M5 2h7l4 4v12H5zM12 2v4h4M8 10h5M8 13h5M8 16h3",
  alerts: "M5 8a5 5 0 0 1 10 0c0 4 1.5 5.5 2 6H3c.5-.5 2-2 2-6ZM8 16.5a2 2 0 0 0 4 0",
  imports: "M10 3v9M6 8l4 4 4-4M4 14v3h12v-3",
  settings:
    "M10 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM10 2v2.5M10 15.5V18M2 10h2.5M15.5 10H18M4.3 4.3l1.8 1.8M13.9 13.9l1.8 1.8M4.3 15.7l1.8-1.8M13.9 6.1l1.8-1.8",
};

export function Icon({ name, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d={paths[name]} />
    </svg>
  );
}
